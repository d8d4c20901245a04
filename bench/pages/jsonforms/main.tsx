import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GROUP_COLUMNS, type BenchCase } from '../../description.ts';
import { install, markMountWhen, measureClick, middle, readPayload } from '../harness.ts';

const payload = readPayload<{ case: BenchCase; data: object; schema: JsonSchema; uischema: UISchemaElement }>();
const { fields, rows } = payload.case;
const tableRows = () => document.querySelectorAll<HTMLElement>('tbody tr');

// As JSON Forms' docs show: the app holds the data and takes it back from onChange.
function JsonFormsPage() {
  const [data, setData] = useState<unknown>(payload.data);
  return (
    <JsonForms
      schema={payload.schema}
      uischema={payload.uischema}
      data={data}
      renderers={vanillaRenderers}
      cells={vanillaCells}
      onChange={({ data: next }) => setData(next)}
    />
  );
}

install({
  target: (kind) =>
    kind === 'field'
      ? document.querySelectorAll('input')[middle(fields)]
      : (document.querySelectorAll('tbody tr')[middle(rows)]?.querySelector('input') ?? null),
  // The vanilla table's own buttons: "add" in its header, a delete button last in every row.
  addRow: () => {
    const count = tableRows().length;
    return measureClick(document.querySelector<HTMLElement>('header button'), () => tableRows().length > count);
  },
  deleteRow: () => {
    const count = tableRows().length;
    return measureClick(
      tableRows()[middle(count)]?.querySelector<HTMLElement>('td:last-child button'),
      () => tableRows().length < count,
    );
  },
});
// The vanilla table asks window.confirm before deleting; the bench answers yes without a dialog.
window.confirm = () => true;
markMountWhen(() => document.querySelectorAll('input').length >= fields + rows * GROUP_COLUMNS);
createRoot(document.getElementById('root')!).render(<JsonFormsPage />);
