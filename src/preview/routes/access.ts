import type { IncomingMessage } from 'node:http';
import type { Instance, InstanceResponse } from '../../wire/instance.ts';
import type { PartyResponse } from '../../wire/party.ts';
import { forbidden, HttpProblem, notFound, unauthorized } from '../http/problem.ts';
import { WorkingCopy } from '../instances/workingCopy.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';

/** The request's user; 401 without a token or cookie. */
export async function requireUser(context: ServerContext, req: IncomingMessage): Promise<PreviewUser> {
  const user = await context.auth.authenticate(req);
  if (!user) {
    throw unauthorized(
      'Sign in first: send "Authorization: Bearer <token>" (GET /Home/GetTestUserToken?userId=1337) or the AltinnStudioRuntime cookie.',
    );
  }
  return user;
}

/** A party id from the URL; 400 when it is not a number. */
export function partyIdParam(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new HttpProblem(400, 'Bad Request', `"${value}" is not a party id.`);
  return id;
}

/**
 * Loads an instance the user may act on: 404 when it does not exist, 403 when the user cannot
 * represent its owner or the policy does not let them `action` it in the current task.
 */
export async function openInstance(
  context: ServerContext,
  req: IncomingMessage,
  params: Readonly<Record<string, string>>,
  action = 'read',
): Promise<{ user: PreviewUser; work: WorkingCopy }> {
  const user = await requireUser(context, req);
  const partyId = partyIdParam(params.party);
  const work = WorkingCopy.load(context.store, `${partyId}/${params.guid}`);
  if (!work) throw notFound(`No instance ${partyId}/${params.guid}.`);
  if (!context.auth.canRepresent(user, partyId, work.instance.id)) {
    throw forbidden(`User ${user.userId} cannot act for party ${partyId}.`);
  }
  const process = work.instance.process;
  const decision = context.auth.authorize({
    user,
    partyId,
    instanceId: work.instance.id,
    action,
    taskId: process?.currentTask?.elementId ?? undefined,
    endEvent: process?.endEvent ?? undefined,
  });
  if (!decision.permit) {
    const where = process?.currentTask?.elementId ?? process?.endEvent ?? 'the instance';
    const obligation = decision.failedObligations;
    throw forbidden(
      obligation
        ? `"${action}" in ${where} needs authentication level ${obligation.RequiredAuthenticationLevel}; the token has ${user.authenticationLevel}.`
        : `The app's policy does not permit "${action}" for user ${user.userId} in ${where}.`,
      obligation ? { ...obligation } : undefined,
    );
  }
  return { user, work };
}

/** The instance as the app returns it: the owner's party filled in. */
export function instanceResponse(context: ServerContext, instance: Instance): InstanceResponse {
  const partyId = Number(instance.instanceOwner.partyId);
  const party = context.auth.party(partyId);
  const response: PartyResponse = {
    partyId,
    partyUuid: party?.partyUuid ?? null,
    partyTypeName: party?.partyTypeName ?? 1,
    ssn: party?.ssn ?? null,
    orgNumber: party?.orgNumber ?? null,
    unitType: party?.unitType ?? null,
    name: party?.name ?? null,
    isDeleted: party?.isDeleted ?? false,
  };
  return { ...instance, instanceOwner: { ...instance.instanceOwner, party: response } };
}
