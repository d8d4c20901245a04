import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GROUP_COLUMNS, type BenchCase } from '../../description.ts';
import { install, markMountWhen, middle, readPayload } from '../harness.ts';

const payload = readPayload<{ case: BenchCase; data: object; schema: JsonSchema; uischema: UISchemaElement }>();
const { fields, rows } = payload.case;

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
});
markMountWhen(() => document.querySelectorAll('input').length >= fields + rows * GROUP_COLUMNS);
createRoot(document.getElementById('root')!).render(<JsonFormsPage />);
