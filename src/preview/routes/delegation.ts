import { randomUUID } from 'node:crypto';
import { asRecord } from '../../core/app/appFormat.ts';
import { findPerson, type TestUsers } from '../auth/users.ts';
import type { DelegatingAuthGate } from '../delegation/delegatingAuthGate.ts';
import { policyActions } from '../delegation/policyActions.ts';
import type { DelegatedRight, Delegation, DelegationStore } from '../delegation/delegationStore.ts';
import { badRequest, forbidden, notFound } from '../http/problem.ts';
import { queryParam, readJson } from '../http/request.ts';
import { sendEmpty, sendJson } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { partyIdParam, requireUser } from './access.ts';

export interface DelegationRouteOptions {
  readonly store: DelegationStore;
  readonly auth: DelegatingAuthGate;
  readonly users: TestUsers;
}

const ACTION_PATTERN = /^[A-Za-z][\w.:-]{0,63}$/;
/**
 * The preview's delegation API (docs/preview.md, "Delegation"), under `/{org}/{app}/skjema/`:
 * list, grant and revoke. Only someone who administers the giving party (their own party, or an
 * administering role for it) may see or change its delegations.
 */
export function registerDelegationRoutes(
  router: Router,
  context: ServerContext,
  options: DelegationRouteOptions,
): void {
  const { store, auth, users } = options;

  const described = (delegation: Delegation) => ({
    ...delegation,
    from: { partyId: delegation.from.partyId, name: auth.party(delegation.from.partyId)?.name ?? null },
    to: { partyId: delegation.to.partyId, name: auth.party(delegation.to.partyId)?.name ?? null },
  });

  const requireAdministrator = (user: PreviewUser, partyId: number) => {
    if (!auth.administers(user, partyId)) {
      throw forbidden(
        `User ${user.userId} may not manage delegations for party ${partyId}: that takes the party itself or an administering role for it (HADM, ADMAI, DAGL…).`,
      );
    }
  };

  router.get('skjema/delegations/choices', async ({ req, res }) => {
    const user = await requireUser(context, req);
    const app = context.app();
    const administered = auth
      .parties(user, { allowedToInstantiateFilter: false })
      .flatMap((party) => [party, ...(party.childParties ?? [])])
      .filter((party) => auth.administers(user, party.partyId))
      .map((party) => ({ partyId: party.partyId, name: party.name }));
    sendJson(res, 200, {
      parties: administered,
      actions: policyActions(app.policy.policy) ?? [
        'read',
        'write',
        'instantiate',
        'delete',
        'confirm',
        'sign',
        'reject',
      ],
      tasks: (app.process?.definition?.tasks ?? []).map((task) => ({ id: task.id, name: task.name })),
    });
  });

  router.get('skjema/delegations', async ({ req, res, url }) => {
    const user = await requireUser(context, req);
    const party = queryParam(url, 'party');
    if (party === undefined) throw badRequest('Name the giving party: skjema/delegations?party=500000.');
    const partyId = partyIdParam(party);
    requireAdministrator(user, partyId);
    sendJson(res, 200, store.givenBy(partyId).map(described));
  });

  router.post('skjema/delegations', async ({ req, res }) => {
    const user = await requireUser(context, req);
    const body = asRecord(await readJson(req));
    if (!body)
      throw badRequest('Send a JSON object: { "from": { "partyId": … }, "to": { "userId": … }, "rights": [ … ] }.');
    const fromPartyId = partyIdParam(String(asRecord(body.from)?.partyId ?? ''));
    if (!auth.party(fromPartyId)) throw notFound(`No test party ${fromPartyId}.`);
    requireAdministrator(user, fromPartyId);
    const toPartyId = recipientParty(body.to, users);
    if (!auth.party(toPartyId)) throw notFound(`No test party ${toPartyId} to delegate to.`);
    if (toPartyId === fromPartyId) throw badRequest(`Party ${fromPartyId} cannot delegate to itself.`);
    const instanceId = instanceOf(body.instanceId, fromPartyId);
    if (instanceId !== null && !context.store.getInstance(instanceId)) throw notFound(`No instance ${instanceId}.`);
    const delegation: Delegation = {
      id: randomUUID(),
      from: { partyId: fromPartyId },
      to: { partyId: toPartyId },
      instanceId,
      rights: readRights(body.rights, context),
      grantedBy: user.userId,
      granted: context.now().toISOString(),
    };
    context.store.transaction(() => store.insert(delegation));
    sendJson(res, 201, described(delegation));
  });

  router.delete('skjema/delegations/:id', async ({ req, res, params }) => {
    const user = await requireUser(context, req);
    const delegation = store.get(params.id ?? '');
    if (!delegation) throw notFound(`No delegation ${params.id ?? ''}.`);
    requireAdministrator(user, delegation.from.partyId);
    context.store.transaction(() => store.delete(delegation.id));
    sendEmpty(res, 204);
  });
}

/** `to`: `{ "userId": 12345 }` (that person's own party) or `{ "partyId": 500600 }`. */
function recipientParty(value: unknown, users: TestUsers): number {
  const to = asRecord(value);
  if (to?.userId !== undefined) {
    const person = findPerson(users, Number(to.userId));
    if (!person) throw notFound(`No test user ${String(to.userId)} to delegate to.`);
    return person.partyId;
  }
  if (to?.partyId !== undefined) return partyIdParam(String(to.partyId));
  throw badRequest('Name the receiver as "to": { "userId": 12345 } or "to": { "partyId": 500600 }.');
}

function instanceOf(value: unknown, fromPartyId: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^\d+\/[0-9a-f-]{36}$/i.test(value)) {
    throw badRequest(`"instanceId" must be "{partyId}/{guid}"; got ${JSON.stringify(value)}.`);
  }
  if (!value.startsWith(`${fromPartyId}/`)) {
    throw badRequest(`Instance ${value} does not belong to party ${fromPartyId}, so it cannot delegate it.`);
  }
  return value;
}

/** The rights asked for, each an action the policy names, scoped to a task of the process when one is given. */
function readRights(value: unknown, context: ServerContext): DelegatedRight[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw badRequest(
      '"rights" must list at least one right, e.g. [{ "action": "read" }, { "action": "write", "taskId": "Task_1" }].',
    );
  }
  const app = context.app();
  const known = policyActions(app.policy.policy);
  const tasks = (app.process?.definition?.tasks ?? []).map((task) => task.id);
  const rights = value.map((item, index): DelegatedRight => {
    const right = asRecord(item);
    const action = right?.action;
    if (typeof action !== 'string' || !ACTION_PATTERN.test(action)) {
      throw badRequest(`rights[${index}].action must be an action id such as "read"; got ${JSON.stringify(action)}.`);
    }
    if (known !== null && !known.includes(action)) {
      throw badRequest(
        `rights[${index}]: the app's policy never names the action "${action}", so it cannot be delegated; it names ${known.join(', ')}.`,
      );
    }
    const taskId = right?.taskId ?? null;
    if (taskId !== null && (typeof taskId !== 'string' || !tasks.includes(taskId))) {
      throw badRequest(
        `rights[${index}].taskId ${JSON.stringify(taskId)} is not a task of the process; its tasks are ${tasks.join(', ') || '(none)'}.`,
      );
    }
    return { action, taskId };
  });
  return rights.filter(
    (right, index) =>
      rights.findIndex((other) => other.action === right.action && other.taskId === right.taskId) === index,
  );
}
