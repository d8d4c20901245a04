import { randomUUID } from 'node:crypto';
import type { StoredInstance } from '../storage/store.ts';

/**
 * An event as the Altinn events component stores and sends it (platform §6.2): CloudEvents 1.0
 * with Altinn's extension attributes. skjema's own event types carry `data`; the platform's have none.
 */
export interface CloudEvent {
  readonly specversion: '1.0';
  readonly id: string;
  readonly time: string;
  readonly type: string;
  readonly source: string;
  readonly subject?: string;
  readonly alternativesubject?: string;
  readonly resource?: string;
  readonly resourceinstance?: string;
  readonly datacontenttype?: string;
  readonly data?: unknown;
}

/** The event types apps publish (platform §6.1). */
export const PLATFORM_EVENT_TYPES = {
  created: 'app.instance.created',
  movedTo: (taskId: string) => `app.instance.process.movedTo.${taskId}`,
  completed: 'app.instance.process.completed',
  substatusChanged: 'app.instance.substatus.changed',
} as const;

/** Event types the platform does not have and skjema adds, named in the platform's style. */
export const SKJEMA_EVENT_TYPES = {
  dataSaved: 'app.instance.data.saved',
  dataDeleted: 'app.instance.data.deleted',
  deleted: 'app.instance.deleted',
} as const;

export const VALIDATE_SUBSCRIPTION_TYPE = 'platform.events.validatesubscription';

/** `urn:altinn:resource:app_{org}_{app}`, as the events component derives it from the source. */
export function appResource(org: string, app: string): string {
  return `urn:altinn:resource:app_${org}_${app}`;
}

/**
 * A new event about an instance, as a subscriber receives it: `source` is the instance's URL on
 * the app (`{appBase}instances/{party}/{guid}`), `subject` its owner party, `alternativesubject`
 * the owner's organisation or person number, and a fresh `id` and `time` as the events component sets them.
 */
export function instanceEvent(
  origin: string,
  instance: StoredInstance,
  type: string,
  time: Date,
  data?: unknown,
): CloudEvent {
  const [org, app] = instance.appId.split('/') as [string, string];
  const owner = instance.instanceOwner;
  const alternativesubject = owner.organisationNumber
    ? `/org/${owner.organisationNumber}`
    : owner.personNumber
      ? `/person/${owner.personNumber}`
      : undefined;
  return {
    specversion: '1.0',
    id: randomUUID(),
    time: time.toISOString(),
    type,
    source: `${origin}/${org}/${app}/instances/${instance.id}`,
    subject: `/party/${owner.partyId}`,
    ...(alternativesubject ? { alternativesubject } : {}),
    resource: appResource(org, app),
    resourceinstance: instance.id,
    ...(data === undefined ? {} : { datacontenttype: 'application/json', data }),
  };
}
