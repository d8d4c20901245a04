import type { DialogDerivedStatus, DialogStatus, MessageBoxProcessTask } from '../../wire/inbox.ts';
import type { ProcessEvent } from '../process/types.ts';
import type { StoredInstance } from '../storage/store.ts';

type StatusSource = Pick<StoredInstance, 'process' | 'status' | 'completeConfirmations'>;

/**
 * The Altinn 2 messagebox's `processCurrentTask` (storage's `InstanceHelper`, platform §8.3):
 * Submit when the process ended but the instance is not archived, Archived when it is, otherwise
 * by the current task's type, and `default` without a process.
 */
export function messageBoxProcessTask(instance: StatusSource): MessageBoxProcessTask {
  const process = instance.process;
  if (process?.ended) return instance.status?.isArchived ? 'Archived' : 'Submit';
  const task = process?.currentTask;
  if (!task) return 'default';
  switch (task.altinnTaskType) {
    case 'confirmation':
      return 'Confirmation';
    case 'feedback':
      return 'Feedback';
    case 'signing':
      return 'Signing';
    default:
      return 'FormFilling';
  }
}

const DIALOG_STATUS: Record<DialogDerivedStatus, DialogStatus> = {
  ArchivedConfirmed: 'Completed',
  ArchivedUnconfirmed: 'Awaiting',
  Rejected: 'RequiresAttention',
  AwaitingServiceOwnerFeedback: 'Awaiting',
  AwaitingConfirmation: 'InProgress',
  AwaitingSignature: 'InProgress',
  AwaitingAdditionalUserInput: 'InProgress',
  AwaitingInitialUserInputFromPrefill: 'InProgress',
  AwaitingInitialUserInput: 'Draft',
};

/**
 * The status the Dialogporten adapter derives from the instance and its events, with the dialog
 * status it maps to (platform §8.4), checked in the adapter's order.
 */
export function dialogStatus(
  instance: StatusSource,
  events: readonly ProcessEvent[],
): { derivedStatus: DialogDerivedStatus; dialogStatus: DialogStatus } {
  const derivedStatus = derive(instance, events);
  return { derivedStatus, dialogStatus: DIALOG_STATUS[derivedStatus] };
}

function derive(instance: StatusSource, events: readonly ProcessEvent[]): DialogDerivedStatus {
  if (instance.status?.isArchived) {
    return (instance.completeConfirmations?.length ?? 0) > 0 ? 'ArchivedConfirmed' : 'ArchivedUnconfirmed';
  }
  switch (instance.process?.currentTask?.altinnTaskType) {
    case 'reject':
      return 'Rejected';
    case 'feedback':
      return 'AwaitingServiceOwnerFeedback';
    case 'confirmation':
      return 'AwaitingConfirmation';
    case 'signing':
      return 'AwaitingSignature';
  }
  if (events.some((event) => event.processInfo.currentTask?.altinnTaskType === 'feedback'))
    return 'AwaitingAdditionalUserInput';
  if (events[0]?.performedBy.orgId) return 'AwaitingInitialUserInputFromPrefill';
  return 'AwaitingInitialUserInput';
}
