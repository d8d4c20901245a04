import type Database from 'better-sqlite3';
import type { Principal } from '../auth/tokens.ts';
import type { CloudEvent } from './cloudEvent.ts';
import type { StoredSubscription, Subscription, SubscriptionFilters } from './subscription.ts';

/** A delivery due now: the event, where it goes and how often it was tried. */
export interface DueDelivery {
  readonly subscriptionId: number;
  readonly eventSeq: number;
  readonly attempts: number;
  readonly endPoint: string;
  readonly event: CloudEvent;
}

export interface DueValidation {
  readonly subscriptionId: number;
  readonly attempts: number;
  readonly endPoint: string;
}

export interface EventQuery {
  /** Only events after this one (its `id`). */
  readonly afterSeq?: number;
  readonly types?: readonly string[];
  readonly partyId?: number;
  /** Only events of this app (`urn:altinn:resource:app_{org}_{app}`), when the database holds several. */
  readonly resource?: string;
  readonly limit: number;
}

interface SubscriptionRow {
  id: number;
  json: string;
  principal: string;
  validated: number;
}

/**
 * The events outbox, the subscriptions and the deliveries in the preview's SQLite file. Writes use
 * the store's connection, so events recorded during an instance write share its transaction.
 */
export class EventStore {
  constructor(private readonly db: Database.Database) {}

  insertEvent(event: CloudEvent, instanceId: string, partyId: number): number {
    const result = this.db
      .prepare('INSERT INTO app_events (id, instance_id, party_id, type, json) VALUES (?, ?, ?, ?, ?)')
      .run(event.id, instanceId, partyId, event.type, JSON.stringify(event));
    return Number(result.lastInsertRowid);
  }

  insertDelivery(subscriptionId: number, eventSeq: number, instanceId: string, due: number): void {
    this.db
      .prepare(
        'INSERT INTO event_deliveries (subscription_id, event_seq, instance_id, next_attempt) VALUES (?, ?, ?, ?)',
      )
      .run(subscriptionId, eventSeq, instanceId, due);
  }

  eventSeq(id: string): number | undefined {
    const row = this.db.prepare('SELECT seq FROM app_events WHERE id = ?').get(id) as { seq: number } | undefined;
    return row?.seq;
  }

  listEvents(query: EventQuery): { seq: number; event: CloudEvent }[] {
    const where = ['seq > ?'];
    const values: (string | number)[] = [query.afterSeq ?? 0];
    if (query.types && query.types.length > 0) {
      where.push(`type IN (${query.types.map(() => '?').join(', ')})`);
      values.push(...query.types);
    }
    if (query.partyId !== undefined) {
      where.push('party_id = ?');
      values.push(query.partyId);
    }
    if (query.resource !== undefined) {
      where.push("json_extract(json, '$.resource') = ?");
      values.push(query.resource);
    }
    const rows = this.db
      .prepare(`SELECT seq, json FROM app_events WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`)
      .all(...values, query.limit) as { seq: number; json: string }[];
    return rows.map((row) => ({ seq: row.seq, event: JSON.parse(row.json) as CloudEvent }));
  }

  createSubscription(
    filters: SubscriptionFilters,
    consumer: string,
    principal: Principal,
    created: string,
    due: number,
  ): StoredSubscription {
    const result = this.db
      .prepare('INSERT INTO event_subscriptions (consumer, json, principal, next_validation) VALUES (?, ?, ?, ?)')
      .run(consumer, JSON.stringify({ ...filters, created }), JSON.stringify(principal), due);
    return this.subscription(Number(result.lastInsertRowid))!;
  }

  /** The consumer's subscription with exactly these filters and endpoint, if one exists. */
  findSubscription(consumer: string, filters: SubscriptionFilters): StoredSubscription | undefined {
    const key = filterKey(filters);
    return this.subscriptionsOf(consumer).find((subscription) => filterKey(subscription) === key);
  }

  subscription(id: number): StoredSubscription | undefined {
    const row = this.db
      .prepare('SELECT id, json, principal, validated FROM event_subscriptions WHERE id = ?')
      .get(id) as SubscriptionRow | undefined;
    return row ? toSubscription(row, this.consumerOf(row.id)) : undefined;
  }

  subscriptionsOf(consumer: string): StoredSubscription[] {
    const rows = this.db
      .prepare('SELECT id, json, principal, validated FROM event_subscriptions WHERE consumer = ? ORDER BY id')
      .all(consumer) as SubscriptionRow[];
    return rows.map((row) => toSubscription(row, consumer));
  }

  validatedSubscriptions(): StoredSubscription[] {
    const rows = this.db
      .prepare(
        'SELECT id, json, principal, validated, consumer FROM event_subscriptions WHERE validated = 1 ORDER BY id',
      )
      .all() as (SubscriptionRow & { consumer: string })[];
    return rows.map((row) => toSubscription(row, row.consumer));
  }

  /** Removes a subscription and the deliveries still owed to it. */
  deleteSubscription(id: number): void {
    this.db.prepare('DELETE FROM event_subscriptions WHERE id = ?').run(id);
  }

  /**
   * Deliveries due by `now`: per subscription and instance only the earliest one not yet
   * delivered, so a later event never overtakes an earlier one of the same instance.
   */
  dueDeliveries(now: number, limit: number): DueDelivery[] {
    const rows = this.db
      .prepare(
        `SELECT d.subscription_id AS subscriptionId, d.event_seq AS eventSeq, d.attempts, s.json AS subscription, e.json AS event
           FROM (SELECT subscription_id, instance_id, MIN(event_seq) AS head FROM event_deliveries
                  WHERE state = 'pending' GROUP BY subscription_id, instance_id) h
           JOIN event_deliveries d ON d.subscription_id = h.subscription_id AND d.event_seq = h.head
           JOIN event_subscriptions s ON s.id = d.subscription_id
           JOIN app_events e ON e.seq = d.event_seq
          WHERE d.next_attempt <= ?
          ORDER BY d.next_attempt, d.event_seq
          LIMIT ?`,
      )
      .all(now, limit) as {
      subscriptionId: number;
      eventSeq: number;
      attempts: number;
      subscription: string;
      event: string;
    }[];
    return rows.map((row) => ({
      subscriptionId: row.subscriptionId,
      eventSeq: row.eventSeq,
      attempts: row.attempts,
      endPoint: (JSON.parse(row.subscription) as SubscriptionFilters).endPoint,
      event: JSON.parse(row.event) as CloudEvent,
    }));
  }

  /** Records one attempt at a delivery: delivered, to be retried at `next`, or given up. */
  recordAttempt(subscriptionId: number, eventSeq: number, outcome: AttemptOutcome): void {
    const where = 'WHERE subscription_id = ? AND event_seq = ?';
    if (outcome.kind === 'delivered') {
      this.db
        .prepare(
          `UPDATE event_deliveries SET state = 'delivered', attempts = attempts + 1, delivered = ?, last_error = NULL ${where}`,
        )
        .run(outcome.at, subscriptionId, eventSeq);
    } else if (outcome.kind === 'retry') {
      this.db
        .prepare(`UPDATE event_deliveries SET attempts = attempts + 1, next_attempt = ?, last_error = ? ${where}`)
        .run(outcome.next, outcome.error, subscriptionId, eventSeq);
    } else {
      this.db
        .prepare(`UPDATE event_deliveries SET state = 'failed', attempts = attempts + 1, last_error = ? ${where}`)
        .run(outcome.error, subscriptionId, eventSeq);
    }
  }

  dueValidations(now: number, limit: number): DueValidation[] {
    const rows = this.db
      .prepare(
        `SELECT id, json, validation_attempts AS attempts FROM event_subscriptions
          WHERE validated = 0 AND next_validation IS NOT NULL AND next_validation <= ? ORDER BY id LIMIT ?`,
      )
      .all(now, limit) as { id: number; json: string; attempts: number }[];
    return rows.map((row) => ({
      subscriptionId: row.id,
      attempts: row.attempts,
      endPoint: (JSON.parse(row.json) as SubscriptionFilters).endPoint,
    }));
  }

  /** Records a validation attempt; `next` null means validated or given up (by `validated`). */
  recordValidation(subscriptionId: number, validated: boolean, next: number | null): void {
    this.db
      .prepare(
        'UPDATE event_subscriptions SET validated = ?, validation_attempts = validation_attempts + 1, next_validation = ? WHERE id = ?',
      )
      .run(validated ? 1 : 0, next, subscriptionId);
  }

  /**
   * When the next retry or validation after `now` is due (ms since the epoch); undefined when none
   * waits. What is due already is sent now or, when it waits behind an earlier event or a full
   * worker, when that one finishes.
   */
  nextDueAfter(now: number): number | undefined {
    const row = this.db
      .prepare(
        `SELECT MIN(due) AS due FROM (
           SELECT MIN(next_attempt) AS due FROM event_deliveries WHERE state = 'pending' AND next_attempt > @now
           UNION ALL SELECT MIN(next_validation) FROM event_subscriptions WHERE validated = 0 AND next_validation > @now)`,
      )
      .get({ now }) as { due: number | null };
    return row.due ?? undefined;
  }

  /** Deliveries by state, for tests and the start banner. */
  deliveryCounts(): Record<'pending' | 'delivered' | 'failed', number> {
    const counts = { pending: 0, delivered: 0, failed: 0 };
    const rows = this.db.prepare('SELECT state, COUNT(*) AS n FROM event_deliveries GROUP BY state').all() as {
      state: keyof typeof counts;
      n: number;
    }[];
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }

  private consumerOf(id: number): string {
    const row = this.db.prepare('SELECT consumer FROM event_subscriptions WHERE id = ?').get(id) as {
      consumer: string;
    };
    return row.consumer;
  }
}

export type AttemptOutcome =
  | { readonly kind: 'delivered'; readonly at: string }
  | { readonly kind: 'retry'; readonly next: number; readonly error: string }
  | { readonly kind: 'failed'; readonly error: string };

function filterKey(filters: SubscriptionFilters): string {
  return JSON.stringify([
    filters.endPoint,
    filters.sourceFilter,
    filters.subjectFilter,
    filters.alternativeSubjectFilter,
    filters.typeFilter,
    filters.resourceFilter,
    filters.includeSubunits,
  ]);
}

function toSubscription(row: SubscriptionRow, consumer: string): StoredSubscription {
  const stored = JSON.parse(row.json) as SubscriptionFilters & { created: string };
  const subscription: Subscription = {
    id: row.id,
    endPoint: stored.endPoint,
    sourceFilter: stored.sourceFilter,
    subjectFilter: stored.subjectFilter,
    alternativeSubjectFilter: stored.alternativeSubjectFilter,
    typeFilter: stored.typeFilter,
    resourceFilter: stored.resourceFilter,
    includeSubunits: stored.includeSubunits,
    consumer,
    createdBy: consumer,
    created: stored.created,
    validated: row.validated === 1,
  };
  return { ...subscription, principal: JSON.parse(row.principal) as Principal };
}
