import type { FormAnalyticsEvent, ShownValidationMessage } from '../../core/index.ts';
import { badRequest } from '../http/problem.ts';

/** At most this many events in one POST; the page sends them in batches of a few. */
export const MAX_EVENTS_PER_REQUEST = 100;
/** Larger bodies are refused before they are read (413). */
export const MAX_ANALYTICS_BODY_BYTES = 64 * 1024;

const MAX_NAME = 200;
const MAX_TEXT_KEY = 300;
const MAX_MESSAGES = 50;
/** A day: a longer time on a page is a tab left open, not a measurement. */
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
const SEVERITIES = ['error', 'warning', 'info', 'success'] as const;
const TYPES = ['pageViewed', 'timeOnPage', 'validationShown', 'saveCompleted', 'submitted', 'abandoned'] as const;

type Json = Record<string, unknown>;

/**
 * The events of a `POST …/skjema/analytics` body (`{ "events": [...] }`), checked field by field
 * and rebuilt from the known fields only, so that nothing else a page sends (typed values, names)
 * is stored. A bad event answers 400 naming it and the field to change.
 */
export function parseAnalyticsEvents(body: unknown): FormAnalyticsEvent[] {
  const events = isObject(body) ? body.events : undefined;
  if (!Array.isArray(events)) throw badRequest('The body must be { "events": [ … ] }, the events of onAnalytics.');
  if (events.length > MAX_EVENTS_PER_REQUEST)
    throw badRequest(`Send at most ${MAX_EVENTS_PER_REQUEST} events at a time; this body has ${events.length}.`);
  return events.map((event, index) => parseEvent(event, `events[${index}]`));
}

function parseEvent(value: unknown, at: string): FormAnalyticsEvent {
  if (!isObject(value)) throw badRequest(`${at} must be an object.`);
  const type = value.type;
  if (!TYPES.includes(type as (typeof TYPES)[number]))
    throw badRequest(`${at}.type must be one of ${TYPES.join(', ')}; it is ${JSON.stringify(type)}.`);
  const taskId = optionalName(value, 'taskId', at);
  const task = taskId === undefined ? {} : { taskId };
  switch (type as (typeof TYPES)[number]) {
    case 'pageViewed':
      return { type: 'pageViewed', page: name(value, 'page', at), ...task };
    case 'submitted':
      return { type: 'submitted', page: name(value, 'page', at), ...task };
    case 'timeOnPage':
      return { type: 'timeOnPage', page: name(value, 'page', at), ...task, durationMs: duration(value, at) };
    case 'abandoned':
      if (typeof value.unsaved !== 'boolean') throw badRequest(`${at}.unsaved must be true or false.`);
      return { type: 'abandoned', page: name(value, 'page', at), ...task, unsaved: value.unsaved };
    case 'saveCompleted': {
      if (typeof value.ok !== 'boolean') throw badRequest(`${at}.ok must be true or false.`);
      const dataTypes = value.dataTypes;
      if (!Array.isArray(dataTypes) || dataTypes.length > MAX_MESSAGES || !dataTypes.every(isShortString))
        throw badRequest(`${at}.dataTypes must be a list of data type ids.`);
      return { type: 'saveCompleted', ...task, durationMs: duration(value, at), ok: value.ok, dataTypes };
    }
    case 'validationShown':
      return {
        type: 'validationShown',
        page: name(value, 'page', at),
        ...task,
        messages: messages(value.messages, `${at}.messages`),
        counts: counts(value.counts, `${at}.counts`),
      };
  }
}

function messages(value: unknown, at: string): ShownValidationMessage[] {
  if (!Array.isArray(value) || value.length > MAX_MESSAGES)
    throw badRequest(`${at} must be a list of at most ${MAX_MESSAGES} messages.`);
  return value.map((message, index) => {
    const here = `${at}[${index}]`;
    if (!isObject(message)) throw badRequest(`${here} must be an object.`);
    const textKey = message.textKey;
    if (typeof textKey !== 'string' || textKey === '' || textKey.length > MAX_TEXT_KEY)
      throw badRequest(`${here}.textKey must be a text key of at most ${MAX_TEXT_KEY} characters.`);
    const componentId = message.componentId;
    if (!isShortString(componentId))
      throw badRequest(`${here}.componentId must be a component id of 1 to ${MAX_NAME} characters.`);
    const severity = message.severity;
    if (!SEVERITIES.includes(severity as (typeof SEVERITIES)[number]))
      throw badRequest(`${here}.severity must be one of ${SEVERITIES.join(', ')}.`);
    return {
      textKey,
      componentId,
      severity: severity as ShownValidationMessage['severity'],
      count: count(message.count, `${here}.count`),
    };
  });
}

function counts(value: unknown, at: string): Record<(typeof SEVERITIES)[number], number> {
  if (!isObject(value)) throw badRequest(`${at} must be { error, warning, info, success } with counts.`);
  return {
    error: count(value.error, `${at}.error`),
    warning: count(value.warning, `${at}.warning`),
    info: count(value.info, `${at}.info`),
    success: count(value.success, `${at}.success`),
  };
}

function count(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100_000)
    throw badRequest(`${at} must be a whole number from 0.`);
  return value;
}

function duration(value: Json, at: string): number {
  const ms = value.durationMs;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_DURATION_MS)
    throw badRequest(`${at}.durationMs must be milliseconds from 0 to ${MAX_DURATION_MS}.`);
  return Math.round(ms);
}

function name(value: Json, key: string, at: string): string {
  const found = value[key];
  if (!isShortString(found)) throw badRequest(`${at}.${key} must be a name of 1 to ${MAX_NAME} characters.`);
  return found;
}

function optionalName(value: Json, key: string, at: string): string | undefined {
  return value[key] === undefined ? undefined : name(value, key, at);
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
