/**
 * What each Altinn task type expects of `PUT process/next` (platform §4.6). A task type not listed
 * is generic: moving on needs the action named like the type.
 */

/** Task types the engine runs without a user; the server keeps calling `moveNext` while it sits on one. */
export const SERVICE_TASK_TYPES: readonly string[] = ['pdf', 'eFormidling', 'subformPdf', 'fiksArkiv'];

export function isServiceTaskType(taskType: string): boolean {
  return SERVICE_TASK_TYPES.includes(taskType);
}

/** The action process/next is authorised for when its body names none. */
export function defaultActionForTask(taskType: string): string {
  switch (taskType) {
    case 'data':
    case 'feedback':
      return 'write';
    case 'confirmation':
      return 'confirm';
    case 'signing':
      return 'sign';
    case 'payment':
      return 'payment';
    default:
      return isServiceTaskType(taskType) ? 'write' : taskType;
  }
}

/** Actions of which any one, when permitted, lets process/next run without an action in the body. */
export function actionsPermittingNext(taskType: string): readonly string[] {
  switch (taskType) {
    case 'data':
    case 'feedback':
      return ['write'];
    case 'confirmation':
      return ['confirm'];
    case 'signing':
      return ['sign', 'write'];
    case 'payment':
      return ['pay', 'write'];
    default:
      return isServiceTaskType(taskType) ? ['write'] : [taskType];
  }
}
