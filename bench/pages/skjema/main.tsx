import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '../../../src/react/styles.css';
import { createRoot } from 'react-dom/client';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import type { BenchCase } from '../../description.ts';
import { install, markMountWhen, middle, readPayload } from '../harness.ts';

const payload = readPayload<{ case: BenchCase; data: object; appFiles: Record<string, unknown> }>();
const { fields, rows } = payload.case;

const rowEditorInput = () => document.querySelector('[data-row-editor] input');

install({
  target: (kind) => (kind === 'field' ? document.querySelectorAll('input')[middle(fields)] : rowEditorInput()),
  // Table mode shows rows as text: a row opens to edit, as in Altinn's own frontend.
  openRow: () =>
    new Promise((resolve) => {
      const start = performance.now();
      (document.querySelectorAll('[data-row-action="edit"]')[middle(rows)] as HTMLElement).click();
      const poll = () => (rowEditorInput() ? resolve(performance.now() - start) : requestAnimationFrame(poll));
      poll();
    }),
});
markMountWhen(() =>
  rows > 0
    ? document.querySelectorAll('[data-row-action="edit"]').length >= rows
    : document.querySelectorAll('input').length >= fields,
);
const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(payload.appFiles));
for (const problem of diagnostics)
  if (problem.severity === 'error') console.warn(problem.file, problem.pointer, problem.message);
createRoot(document.getElementById('root')!).render(
  <SkjemaForm layoutSet={layoutSet!} language="nb" initialData={payload.data} />,
);
