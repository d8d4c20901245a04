import type { InboxInstance, InboxPerson } from '../../wire/inbox.ts';

type Text = (key: string, params?: readonly unknown[]) => string;

/** Names as the language lists them ("Kari, Ola og Per"). */
export function listNames(people: readonly InboxPerson[], language: string): string {
  const names = people.map((person) => person.name);
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** The status tag: the Dialogporten derived status, or deleted. */
export function statusText(instance: InboxInstance, text: Text): string {
  return instance.location.softDeleted ? text('inbox.status.deleted') : text(`inbox.status.${instance.derivedStatus}`);
}

/** Where the instance is: the task's BPMN name, else the built-in name of its type. */
export function stepText(instance: InboxInstance, text: Text): string | undefined {
  const { location } = instance;
  if (location.ended) return text('inbox.step_ended');
  const name = location.taskName ?? (location.taskType ? text(`taskTypes.${location.taskType}`) : undefined);
  return name ? text('inbox.step', [name]) : undefined;
}

/** Who the instance waits for, in a sentence; undefined when it waits for nobody. */
export function waitingText(instance: InboxInstance, text: Text, language: string): string | undefined {
  const waiting = instance.waitingFor;
  switch (waiting.kind) {
    case 'owner':
      return waiting.name ? text('inbox.waiting.owner', [waiting.name]) : text('inbox.waiting.owner_unnamed');
    case 'signees':
      return waiting.people.length > 0
        ? text('inbox.waiting.signees', [listNames(waiting.people, language)])
        : text('inbox.waiting.signees_done');
    case 'confirmer':
      return waiting.people.length > 0
        ? text('inbox.waiting.confirmer', [listNames(waiting.people, language)])
        : text('inbox.waiting.confirmer_unnamed');
    case 'serviceOwner':
      return text('inbox.waiting.service_owner');
    case 'payment':
      return text('inbox.waiting.payment');
    case 'nobody':
      return undefined;
  }
}

/** What remains of a form task: pages without errors and the errors left. */
export function progressText(instance: InboxInstance, text: Text): string | undefined {
  const progress = instance.progress;
  if (!progress) return undefined;
  const pages = text('inbox.progress', [progress.pagesWithoutErrors, progress.pages]);
  const left =
    progress.errors === 0
      ? text('inbox.ready')
      : progress.errors === 1
        ? text('inbox.errors_left_one')
        : text('inbox.errors_left', [progress.errors]);
  return progress.pages > 1 ? `${pages} · ${left}` : left;
}

/** The colour of a status tag, by the dialog status it maps to. */
export function statusColor(instance: InboxInstance): 'success' | 'warning' | 'danger' | 'info' | 'neutral' {
  if (instance.location.softDeleted) return 'neutral';
  switch (instance.dialogStatus) {
    case 'Completed':
      return 'success';
    case 'RequiresAttention':
      return 'danger';
    case 'Awaiting':
      return 'warning';
    case 'InProgress':
      return 'info';
    case 'Draft':
      return 'neutral';
  }
}
