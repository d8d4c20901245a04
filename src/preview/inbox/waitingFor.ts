import type { DataElement } from '../../wire/dataElement.ts';
import type { InboxWaitingFor } from '../../wire/inbox.ts';
import type { TaskDefinition } from '../process/types.ts';
import type { ServerContext } from '../serverContext.ts';
import type { StoredInstance } from '../storage/store.ts';

/**
 * Who the instance waits for (platform §8.5): a data task its owner; a signing task the people
 * the policy lets sign who have not signed; a confirmation task the people who may confirm; a
 * feedback task the service owner; a payment task the owner's payment; an ended process nobody.
 */
export function waitingFor(
  context: ServerContext,
  instance: StoredInstance,
  elements: readonly DataElement[],
): InboxWaitingFor {
  const process = instance.process;
  const taskId = process?.currentTask?.elementId;
  if (process?.ended || !taskId) return { kind: 'nobody' };
  const partyId = Number(instance.instanceOwner.partyId);
  const owner = { partyId, name: context.auth.party(partyId)?.name ?? null };
  const definition = context.app().process?.definition?.elements.get(taskId);
  const task = definition?.kind === 'task' ? definition : undefined;
  switch (process.currentTask?.altinnTaskType) {
    case 'signing': {
      const signedBy = signeesOf(context, task, elements);
      return {
        kind: 'signees',
        people: context.auth
          .peopleWhoMay({ partyId, action: 'sign', taskId })
          .filter((person) => !signedBy.has(person.userId)),
        signed: signedBy.size,
      };
    }
    case 'confirmation':
      return { kind: 'confirmer', people: context.auth.peopleWhoMay({ partyId, action: 'confirm', taskId }) };
    case 'feedback':
      return { kind: 'serviceOwner', org: instance.org };
    case 'payment':
      return { kind: 'payment', ...owner };
    default:
      return { kind: 'owner', ...owner };
  }
}

/**
 * Users who have signed in the task: the signee of each element of its signature data type (the
 * preview's `signee.userId`, or a `SignDocument`'s `signeeInfo.userId`).
 */
function signeesOf(
  context: ServerContext,
  task: TaskDefinition | undefined,
  elements: readonly DataElement[],
): Set<number> {
  const signatureType = task?.signatureConfig?.signatureDataType;
  const signed = new Set<number>();
  if (!signatureType) return signed;
  for (const element of elements) {
    if (element.dataType !== signatureType) continue;
    try {
      const document = JSON.parse(context.store.getContent(element.id)?.toString('utf8') ?? '') as {
        signee?: { userId?: unknown };
        signeeInfo?: { userId?: unknown };
      };
      const userId = Number(document.signee?.userId ?? document.signeeInfo?.userId);
      if (Number.isInteger(userId)) signed.add(userId);
    } catch {
      // A signature element that is not JSON names nobody.
    }
  }
  return signed;
}
