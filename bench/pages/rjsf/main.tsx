import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';
import { GROUP_COLUMNS, type BenchCase } from '../../description.ts';
import { install, markMountWhen, measureClick, middle, readPayload } from '../harness.ts';

const payload = readPayload<{ case: BenchCase; data: object; schema: RJSFSchema; uiSchema: UiSchema }>();
const { fields, rows } = payload.case;
const rowCount = () => document.querySelectorAll('input[id^="root_rows_"][id$="_col1"]').length;

install({
  target: (kind) =>
    kind === 'field'
      ? document.querySelectorAll(`input[id^="root_field"]`)[middle(fields)]
      : document.getElementById(`root_rows_${middle(rows)}_col1`),
  // rjsf's own array buttons; its rows' ids are by index, so a new row is the next index and a
  // deleted one shows as the last index gone.
  addRow: () => {
    const count = rowCount();
    return measureClick(document.querySelector<HTMLElement>('.rjsf-array-item-add button'), () =>
      Boolean(document.getElementById(`root_rows_${count}_col1`)),
    );
  },
  deleteRow: () => {
    const count = rowCount();
    return measureClick(
      document.querySelectorAll<HTMLElement>('button.rjsf-array-item-remove')[middle(count)],
      () => !document.getElementById(`root_rows_${count - 1}_col1`),
    );
  },
});
markMountWhen(() => document.querySelectorAll('input').length >= fields + rows * GROUP_COLUMNS);
// Uncontrolled, as rjsf's docs start: the Form keeps the data and reports it through onChange.
createRoot(document.getElementById('root')!).render(
  <Form schema={payload.schema} uiSchema={payload.uiSchema} validator={validator} formData={payload.data} />,
);
