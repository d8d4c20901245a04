import type { TestUsers } from '../auth/users.ts';
import { findOrg } from '../auth/users.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import type { InstanceCommit } from '../storage/instanceCommit.ts';
import type { StoredInstance } from '../storage/store.ts';
import { instanceEvent } from './cloudEvent.ts';
import { DeliveryWorker, type DeliveryOptions } from './delivery.ts';
import { EventStore } from './eventStore.ts';
import { instanceEventDrafts } from './instanceEvents.ts';
import { subscriptionMatches, type StoredSubscription } from './subscription.ts';

export type EventDeliveryOptions = Omit<DeliveryOptions, 'eventsApi' | 'log'>;

/**
 * The preview's events component: every instance write records its CloudEvents in the same
 * transaction (an outbox), with a delivery owed to each validated subscription that matches and
 * whose consumer may read the instance; a worker sends them.
 */
export class AppEvents {
  readonly store: EventStore;
  readonly worker: DeliveryWorker;

  constructor(
    private readonly context: ServerContext,
    private readonly users: TestUsers,
    options: EventDeliveryOptions = {},
    /** The context of the app an instance belongs to (`org/app`), when the server runs several. */
    private readonly contextOf: (appId: string) => ServerContext | undefined = () => undefined,
  ) {
    this.store = new EventStore(context.store.database());
    this.worker = new DeliveryWorker(this.store, {
      ...options,
      eventsApi: () => `${context.origin()}/events/api/v1/`,
      log: (message) => context.log(message),
    });
    context.store.onInstanceCommit((commit) => this.record(commit));
  }

  /** Begins sending what an earlier run left undelivered. */
  start(): void {
    this.worker.wake();
  }

  close(): Promise<void> {
    return this.worker.close();
  }

  private servedAppId(): string {
    const app = this.context.app();
    return `${app.org}/${app.app}`;
  }

  /** The main unit of a subunit in the test data, for `includeSubunits`. */
  parentParty(partyId: number): number | null {
    return findOrg(this.users, partyId)?.parentPartyId ?? null;
  }

  /** The consumer a subscription by `user` gets: `/org/{org}` for a service owner, else `/user/{id}`. */
  static consumerOf(user: PreviewUser): string {
    return user.principal.kind === 'org' ? `/org/${user.principal.org}` : `/user/${user.userId}`;
  }

  private record(commit: InstanceCommit): void {
    const drafts = instanceEventDrafts(commit);
    if (drafts.length === 0) return;
    const subscriptions = this.store.validatedSubscriptions();
    const now = this.context.now();
    for (const draft of drafts) {
      const event = instanceEvent(this.context.origin(), draft.instance, draft.type, now, draft.data);
      const partyId = Number(draft.instance.instanceOwner.partyId);
      const seq = this.store.insertEvent(event, draft.instance.id, partyId);
      for (const subscription of subscriptions) {
        if (!subscriptionMatches(subscription, event, (party) => this.parentParty(party))) continue;
        if (!this.mayRead(subscription, draft.instance)) continue;
        this.store.insertDelivery(subscription.id, seq, draft.instance.id, now.getTime());
      }
    }
    this.worker.wake();
  }

  /**
   * The platform asks whether each matched consumer may `read` the event's instance and skips those
   * who may not. A subscription has no login, so the authentication level obligation does not apply.
   */
  private mayRead(subscription: StoredSubscription, instance: StoredInstance): boolean {
    const principal = { ...subscription.principal, authLevel: 4 };
    const user: PreviewUser = {
      userId: principal.kind === 'user' ? principal.userId : 0,
      partyId: principal.kind === 'user' ? principal.partyId : 0,
      name: subscription.consumer,
      authenticationLevel: 4,
      principal,
    };
    const partyId = Number(instance.instanceOwner.partyId);
    // The instance's own app's policy decides; an app the server no longer serves permits nothing.
    const auth = (this.contextOf(instance.appId) ?? (instance.appId === this.servedAppId() ? this.context : undefined))
      ?.auth;
    if (!auth || !auth.canRepresent(user, partyId)) return false;
    const process = instance.process;
    return auth.authorize({
      user,
      partyId,
      action: 'read',
      taskId: process?.currentTask?.elementId ?? undefined,
      endEvent: process?.endEvent ?? undefined,
    }).permit;
  }
}
