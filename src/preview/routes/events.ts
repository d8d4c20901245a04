import { asRecord } from '../../core/app/appFormat.ts';
import { findOrg } from '../auth/users.ts';
import type { TestUsers } from '../auth/users.ts';
import { AppEvents } from '../events/appEvents.ts';
import { appResource, VALIDATE_SUBSCRIPTION_TYPE, type CloudEvent } from '../events/cloudEvent.ts';
import { codeMatches, serviceOwnerFetcher } from '../events/receiver.ts';
import { readSubscriptionRequest } from '../events/subscriptionRequest.ts';
import type { StoredSubscription, Subscription } from '../events/subscription.ts';
import { runHook } from '../instances/taskLifecycle.ts';
import { badRequest, forbidden, HttpProblem, notFound, unauthorized } from '../http/problem.ts';
import { queryParam, readJson } from '../http/request.ts';
import { sendJson, sendText } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { partyIdParam, requireUser } from './access.ts';

const EVENTS_API = 'events/api/v1';
const MAX_PAGE = 1000;

/**
 * The events API of the platform (`/events/api/v1/…`, platform §6.3): the app's events and
 * subscriptions. `root` takes paths from the server root.
 */
export function registerEventRoutes(
  root: Router,
  apps: () => readonly ServerContext[],
  events: AppEvents,
  users: TestUsers,
): void {
  const served = () => apps().map((context) => `${context.app().org}/${context.app().app}`);
  const contextOf = (appId: string) => apps().find((context) => `${context.app().org}/${context.app().app}` === appId);
  // Signing in does not depend on the app: every app checks the same tokens.
  const first = () => apps()[0]!;

  root.get(`${EVENTS_API}/app/:org/:app`, async ({ req, res, url, params }) => {
    const user = await requireUser(first(), req);
    const context = contextOf(`${params.org}/${params.app}`);
    if (!context)
      throw notFound(`This server has the events of ${served().join(', ')} only, not ${params.org}/${params.app}.`);
    const app = context.app();
    const partyText = queryParam(url, 'party');
    const partyId = partyText === undefined ? undefined : partyIdParam(partyText);
    if (user.principal.kind !== 'org') {
      if (partyId === undefined) throw badRequest('Name the party whose events to read: ?party={partyId}.');
      requireEventsRead(context, user, partyId);
    }
    const after = queryParam(url, 'after');
    const afterSeq = after === undefined || after === '0' ? 0 : events.store.eventSeq(after);
    if (afterSeq === undefined) throw badRequest(`after="${after}" is no event of ${app.org}/${app.app}.`);
    const sizeText = queryParam(url, 'size') ?? '50';
    const size = Number(sizeText);
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
      throw badRequest(`size="${sizeText}" must be a whole number from 1 to ${MAX_PAGE}.`);
    const types = url.searchParams
      .getAll('type')
      .flatMap((type) => type.split(','))
      .filter(Boolean);
    const page = events.store.listEvents({ afterSeq, types, partyId, resource: appResourceOf(app), limit: size });
    const last = page.at(-1);
    const headers: Record<string, string> = {};
    if (last) {
      const next = new URL(url.pathname + url.search, context.origin());
      next.searchParams.set('after', last.event.id);
      headers.next = next.href;
    }
    sendJson(
      res,
      200,
      page.map((entry) => entry.event),
      headers,
    );
  });

  root.post(`${EVENTS_API}/subscriptions`, async ({ req, res }) => {
    const user = await requireUser(first(), req);
    const filters = readSubscriptionRequest(await readJson(req), {
      apps: served(),
      partyOf: (kind, number) =>
        kind === 'person'
          ? users.persons.find((person) => person.ssn === number)?.partyId
          : users.orgs.find((org) => org.orgNumber === number)?.partyId,
    });
    const subject = filters.subjectFilter === null ? undefined : Number(filters.subjectFilter.slice('/party/'.length));
    if (user.principal.kind !== 'org' && subject === undefined)
      throw badRequest(
        'A subscription by a user needs a subject: subjectFilter /party/{partyId} or alternativeSubjectFilter.',
      );
    // The subscription's app answers whether its consumer may read its events.
    const context = apps().find((candidate) => appResourceOf(candidate.app()) === filters.resourceFilter);
    if (!context) throw badRequest(`resourceFilter ${filters.resourceFilter} is no app this server runs.`);
    if (subject !== undefined && !context.auth.party(subject) && !findOrg(users, subject))
      throw badRequest(`subjectFilter ${filters.subjectFilter} is no party in the test data.`);
    requireEventsRead(context, user, subject ?? 0);
    const consumer = AppEvents.consumerOf(user);
    const existing = events.store.findSubscription(consumer, filters);
    const subscription =
      existing ??
      events.store.createSubscription(filters, consumer, user.principal, context.now().toISOString(), Date.now());
    events.worker.wake();
    sendJson(res, 201, publicSubscription(subscription), {
      location: `${context.origin()}/${EVENTS_API}/subscriptions/${subscription.id}`,
    });
  });

  root.get(`${EVENTS_API}/subscriptions`, async ({ req, res }) => {
    const user = await requireUser(first(), req);
    const subscriptions = events.store.subscriptionsOf(AppEvents.consumerOf(user)).map(publicSubscription);
    sendJson(res, 200, { count: subscriptions.length, subscriptions });
  });

  root.get(`${EVENTS_API}/subscriptions/:id`, async ({ req, res, params }) => {
    const user = await requireUser(first(), req);
    sendJson(res, 200, publicSubscription(ownSubscription(events, user, params.id)));
  });

  root.delete(`${EVENTS_API}/subscriptions/:id`, async ({ req, res, params }) => {
    const user = await requireUser(first(), req);
    const subscription = ownSubscription(events, user, params.id);
    events.store.deleteSubscription(subscription.id);
    sendJson(res, 200, publicSubscription(subscription));
  });
}

/**
 * The app's events receiver (`POST {app}/api/v1/eventsreceiver?code=`, platform §6.4): 401 for a
 * wrong code, 200 when the processor's `handleEvent` handled it, 425 when it asks for a retry,
 * 400 when the app has no handler, 500 when the handler threw.
 */
export function registerEventReceiverRoute(api: Router, context: ServerContext, code: string): void {
  const fetchAsServiceOwner = serviceOwnerFetcher();
  api.post('api/v1/eventsreceiver', async ({ req, res, url }) => {
    if (!codeMatches(code, queryParam(url, 'code')))
      throw unauthorized(
        "The code does not match this app's events receiver code (see the server's eventsReceiverUrl).",
      );
    const event = asRecord(await readJson(req));
    if (!event || typeof event.type !== 'string' || typeof event.id !== 'string')
      throw badRequest('The body must be a CloudEvent with at least "id" and "type".');
    if (event.type === VALIDATE_SUBSCRIPTION_TYPE) {
      sendText(res, 200, '');
      return;
    }
    const handle = context.processor.handleEvent;
    if (!handle) throw badRequest(`The app has no handleEvent in its processor, so nothing handles "${event.type}".`);
    const app = context.app();
    const handled = await runHook('handleEvent', () =>
      handle({
        event: event as unknown as CloudEvent,
        appUrl: `${context.origin()}/${app.org}/${app.app}`,
        serviceOwnerFetch: fetchAsServiceOwner,
      }),
    );
    if (handled === false) {
      throw new HttpProblem(425, 'Too Early', `handleEvent asked to get ${event.type} ${event.id} again later.`);
    }
    sendText(res, 200, '');
  });
}

function appResourceOf(app: { org: string; app: string }): string {
  return appResource(app.org, app.app);
}

/** The consumer must be permitted `read` on the app's events (`appresource=events`). */
function requireEventsRead(context: ServerContext, user: PreviewUser, partyId: number): void {
  if (user.principal.kind !== 'org' && !context.auth.canRepresent(user, partyId))
    throw forbidden(`User ${user.userId} cannot act for party ${partyId}, so may not read its events.`);
  const decision = context.auth.authorize({ user, partyId, action: 'read', appResource: 'events' });
  if (!decision.permit)
    throw forbidden(
      `The app's policy does not permit "read" on its events (appresource=events) for ${AppEvents.consumerOf(user)}.`,
    );
}

function ownSubscription(events: AppEvents, user: PreviewUser, idText: string | undefined): StoredSubscription {
  const id = Number(idText);
  const subscription = Number.isInteger(id) ? events.store.subscription(id) : undefined;
  if (!subscription) throw notFound(`No subscription ${idText}.`);
  if (subscription.consumer !== AppEvents.consumerOf(user))
    throw forbidden(`Subscription ${id} belongs to ${subscription.consumer}, not ${AppEvents.consumerOf(user)}.`);
  return subscription;
}

function publicSubscription(subscription: StoredSubscription): Subscription {
  const { principal: _principal, ...rest } = subscription;
  return rest;
}
