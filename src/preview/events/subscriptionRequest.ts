import { asRecord } from '../../core/app/appFormat.ts';
import { badRequest } from '../http/problem.ts';
import { appResource } from './cloudEvent.ts';
import type { SubscriptionFilters } from './subscription.ts';

/** What the preview needs to check a subscription request against the apps it serves and its test parties. */
export interface SubscriptionEnvironment {
  /** The apps whose events this server has, as `org/app`. */
  readonly apps: readonly string[];
  /** The party of a person (`ssn`) or an organisation (`orgNumber`) in the test data. */
  readonly partyOf: (kind: 'person' | 'org', number: string) => number | undefined;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, as the platform requires; the preview also takes plain http to this machine, where test receivers run. */
function endpointUrl(value: unknown, field: string): URL {
  if (typeof value !== 'string' || value === '') throw badRequest(`${field} is required: the URL to POST events to.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest(`${field} "${value}" is not an absolute URL.`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return url;
  throw badRequest(
    `${field} "${value}" must be an absolute https URL (the preview also takes http://localhost and http://127.0.0.1).`,
  );
}

function optionalString(body: Record<string, unknown>, field: string): string | null {
  const value = body[field];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw badRequest(`${field} must be a string.`);
  return value;
}

/**
 * Reads `POST events/api/v1/subscriptions` into filters, by the platform's rules for app
 * subscriptions (platform §6.3): the source filter's path is `/{org}/{app}`, resource and source
 * filters agree (the resource is derived when missing), an alternative subject becomes
 * `/party/{id}`, `includeSubunits` needs a subject. Only app subscriptions are emulated, for the
 * apps this server serves.
 */
export function readSubscriptionRequest(value: unknown, environment: SubscriptionEnvironment): SubscriptionFilters {
  const body = asRecord(value);
  if (!body) throw badRequest('The body must be a JSON object with at least "endPoint" and "sourceFilter".');
  const endPoint = endpointUrl(body.endPoint, 'endPoint').href;
  const sourceText = optionalString(body, 'sourceFilter');
  let resourceFilter = optionalString(body, 'resourceFilter');
  let sourceFilter: string | null = null;
  if (sourceText !== null) {
    const source = endpointUrl(sourceText, 'sourceFilter');
    const path = source.pathname.replace(/\/$/, '');
    const match = /^\/([^/]+)\/([^/]+)$/.exec(path);
    if (!match)
      throw badRequest(
        `sourceFilter "${sourceText}" must be an app's address, {appBase} without instances: …/{org}/{app}.`,
      );
    const derived = appResource(match[1]!, match[2]!);
    if (resourceFilter !== null && resourceFilter !== derived)
      throw badRequest(`resourceFilter "${resourceFilter}" and sourceFilter "${sourceText}" name different apps.`);
    resourceFilter = derived;
    sourceFilter = `${source.origin}${path}`;
  }
  if (resourceFilter === null)
    throw badRequest('Give sourceFilter (the app URL) or resourceFilter (urn:altinn:resource:app_{org}_{app}).');
  if (!resourceFilter.startsWith('urn:'))
    throw badRequest(`resourceFilter "${resourceFilter}" must be a URN such as urn:altinn:resource:app_{org}_{app}.`);
  const served = environment.apps.map((id) => appResource(...(id.split('/') as [string, string])));
  if (!served.includes(resourceFilter)) {
    throw badRequest(
      `The preview emulates subscriptions to the apps it serves only (${served.join(', ')}); ${resourceFilter} is not one of them.`,
    );
  }
  let subjectFilter = optionalString(body, 'subjectFilter');
  if (subjectFilter !== null && !/^\/party\/\d+$/.test(subjectFilter))
    throw badRequest(`subjectFilter "${subjectFilter}" must be /party/{partyId}.`);
  const alternativeSubjectFilter = optionalString(body, 'alternativeSubjectFilter');
  if (alternativeSubjectFilter !== null) {
    const match = /^\/(org|organisation|person)\/(\d+)$/.exec(alternativeSubjectFilter);
    if (!match)
      throw badRequest(
        `alternativeSubjectFilter "${alternativeSubjectFilter}" must be /org/{orgNo}, /organisation/{orgNo} or /person/{ssn}.`,
      );
    const partyId = environment.partyOf(match[1] === 'person' ? 'person' : 'org', match[2]!);
    if (partyId === undefined)
      throw badRequest(`alternativeSubjectFilter "${alternativeSubjectFilter}" is no party in the test data.`);
    if (subjectFilter !== null && subjectFilter !== `/party/${partyId}`)
      throw badRequest(`subjectFilter and alternativeSubjectFilter name different parties.`);
    subjectFilter = `/party/${partyId}`;
  }
  const typeFilter = optionalString(body, 'typeFilter');
  const includeSubunits = body.includeSubunits === true;
  if (includeSubunits && subjectFilter === null) throw badRequest('includeSubunits needs a subject (subjectFilter).');
  return {
    endPoint,
    sourceFilter,
    subjectFilter,
    alternativeSubjectFilter,
    typeFilter,
    resourceFilter,
    includeSubunits,
  };
}
