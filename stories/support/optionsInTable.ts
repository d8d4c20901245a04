import type { RawComponent } from '../../src/core/index.ts';
import { formOf } from './formOf.ts';
import { textsOf } from './texts.ts';

const texts = textsOf({
  'tasks.title': ['Oppgaver', 'Tasks'],
  'task.title': ['Oppgave', 'Task'],
  'done.title': ['Utført', 'Done'],
  'done.yes': ['Ja, utført', 'Yes, done'],
});

/** Rows of a RepeatingGroup whose `done` column is an option component edited in the table, with one option. */
export function optionsInTableForm(
  type: 'Checkboxes' | 'RadioButtons' | 'LikertItem',
  extra: Partial<RawComponent> = {},
) {
  return formOf(
    [
      {
        id: 'tasks',
        type: 'RepeatingGroup',
        dataModelBindings: { group: 'tasks' },
        textResourceBindings: { title: 'tasks.title' },
        children: ['task', 'done'],
        edit: { mode: 'onlyTable' },
        tableColumns: { done: { editInTable: true } },
      },
      {
        id: 'task',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'tasks.task' },
        textResourceBindings: { title: 'task.title' },
      },
      {
        id: 'done',
        type,
        dataModelBindings: { simpleBinding: 'tasks.done' },
        textResourceBindings: { title: 'done.title' },
        options: [{ value: 'yes', label: 'done.yes' }],
        ...extra,
      },
    ],
    { texts },
  );
}

export const optionsInTableData = {
  tasks: [
    { altinnRowId: 't1', task: 'Søke om skjenkebevilling', done: 'yes' },
    { altinnRowId: 't2', task: 'Bestille vakthold' },
  ],
};

/** Clipped to a pixel: what the visually-hidden rule does to a label that screen readers still read. */
export function isVisuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1;
}
