import type { Delegation } from './delegationStore.ts';

/** What a request asks of a delegation: the instance owner, the instance if any, where its process is. */
export interface DelegatedRequest {
  readonly partyId: number;
  /** `{partyId}/{guid}`; absent for party-level actions such as `instantiate`. */
  readonly instanceId?: string;
  readonly action: string;
  readonly taskId?: string;
  readonly endEvent?: string;
}

/**
 * Whether one delegation gives the request's action. An instance delegation gives nothing beyond its
 * instance; a right scoped to a task gives nothing in another task or once the process has ended
 * (as localtest compares the right's task with the instance's current one, platform §5.5).
 */
export function delegationGives(delegation: Delegation, request: DelegatedRequest): boolean {
  if (delegation.from.partyId !== request.partyId) return false;
  if (delegation.instanceId !== null && delegation.instanceId !== request.instanceId) return false;
  return delegation.rights.some(
    (right) =>
      right.action === request.action &&
      (right.taskId === null || (!request.endEvent && right.taskId === request.taskId)),
  );
}
