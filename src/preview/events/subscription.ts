import type { Principal } from '../auth/tokens.ts';
import type { CloudEvent } from './cloudEvent.ts';

/** A subscription as the events API answers it (platform §6.3). */
export interface Subscription {
  readonly id: number;
  readonly endPoint: string;
  readonly sourceFilter: string | null;
  readonly subjectFilter: string | null;
  readonly alternativeSubjectFilter: string | null;
  readonly typeFilter: string | null;
  readonly resourceFilter: string;
  readonly includeSubunits: boolean;
  readonly consumer: string;
  readonly createdBy: string;
  readonly created: string;
  readonly validated: boolean;
}

/** The filters and endpoint of a subscription: what makes two requests the same subscription. */
export type SubscriptionFilters = Pick<
  Subscription,
  | 'endPoint'
  | 'sourceFilter'
  | 'subjectFilter'
  | 'alternativeSubjectFilter'
  | 'typeFilter'
  | 'resourceFilter'
  | 'includeSubunits'
>;

/** A stored subscription with whom it acts for, so each event can be authorised for its consumer. */
export interface StoredSubscription extends Subscription {
  readonly principal: Principal;
}

/**
 * Whether a subscription wants an event (platform §6.3, "Matching an event"): the resource equal,
 * subject and type exactly equal when given (no wildcards), the source filter a base of the
 * source. The source filter compares paths only, so `localhost` and `127.0.0.1` are the same server.
 * `parentParty` gives a subunit's main unit, for `includeSubunits`.
 */
export function subscriptionMatches(
  subscription: SubscriptionFilters,
  event: CloudEvent,
  parentParty: (partyId: number) => number | null,
): boolean {
  if (subscription.resourceFilter !== event.resource) return false;
  if (subscription.typeFilter !== null && subscription.typeFilter !== event.type) return false;
  if (subscription.subjectFilter !== null && subscription.subjectFilter !== event.subject) {
    const party = Number(/^\/party\/(\d+)$/.exec(event.subject ?? '')?.[1]);
    const parent = Number.isInteger(party) ? parentParty(party) : null;
    if (!subscription.includeSubunits || parent === null || subscription.subjectFilter !== `/party/${parent}`)
      return false;
  }
  if (subscription.sourceFilter !== null) {
    const filter = new URL(subscription.sourceFilter).pathname.replace(/\/$/, '');
    const source = new URL(event.source).pathname;
    if (source !== filter && !source.startsWith(`${filter}/`)) return false;
  }
  return true;
}
