import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '../../../src/react/styles.css';
import { createRoot } from 'react-dom/client';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import type { BenchCase } from '../../description.ts';
import { install, markMountWhen, measureClick, middle, readPayload } from '../harness.ts';

const payload = readPayload<{ case: BenchCase; data: object; appFiles: Record<string, unknown> }>();
const { fields, rows, rowsPerPage } = payload.case;

const rowEditorInput = () => document.querySelector('[data-row-editor] input');
const openEditorKey = () => document.querySelector<HTMLElement>('[data-row-editor]')?.dataset.rowEditor;
/** The middle row of those the table shows (the whole group, or its first page). */
const middleShown = (action: 'edit' | 'delete') => {
  const buttons = document.querySelectorAll<HTMLElement>(`[data-row-action="${action}"]`);
  return buttons[middle(buttons.length)];
};

install({
  target: (kind) => (kind === 'field' ? document.querySelectorAll('input')[middle(fields)] : rowEditorInput()),
  // Table mode shows rows as text: a row opens to edit, as in Altinn's own frontend.
  openRow: () =>
    new Promise((resolve) => {
      const start = performance.now();
      middleShown('edit')!.click();
      const poll = () => (rowEditorInput() ? resolve(performance.now() - start) : requestAnimationFrame(poll));
      poll();
    }),
  // Altinn hides the add button while a row is open: the open row is closed first (not measured).
  // Adding opens the new row's editor (on the last table page when paginated).
  addRow: async () => {
    document.querySelector<HTMLElement>('[data-row-action="edit"][aria-expanded="true"]')?.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const before = openEditorKey();
    return measureClick(document.querySelector<HTMLElement>('[data-group-action="add"]'), () => {
      const key = openEditorKey();
      return key !== undefined && key !== before && rowEditorInput() !== null;
    });
  },
  // Rows without an altinnRowId are keyed by index, so the deleted row's place stays: it is gone
  // when the table row in its place shows another row's first cell.
  deleteRow: () => {
    const tableRows = () => document.querySelectorAll<HTMLElement>('tbody tr[data-row-key]');
    const button = middleShown('delete');
    const at = Array.prototype.indexOf.call(tableRows(), button?.closest('tr'));
    const firstCell = (row: Element | undefined) => row?.querySelector('td')?.textContent;
    const before = firstCell(tableRows()[at]);
    return measureClick(button, () => firstCell(tableRows()[at]) !== before);
  },
});
markMountWhen(() =>
  rows > 0
    ? document.querySelectorAll('[data-row-action="edit"]').length >= Math.min(rows, rowsPerPage ?? rows)
    : document.querySelectorAll('input').length >= fields,
);
const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(payload.appFiles));
for (const problem of diagnostics)
  if (problem.severity === 'error') console.warn(problem.file, problem.pointer, problem.message);
createRoot(document.getElementById('root')!).render(
  <SkjemaForm layoutSet={layoutSet!} language="nb" initialData={payload.data} />,
);
