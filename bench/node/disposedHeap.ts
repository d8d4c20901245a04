// Heap left behind by forms that were opened and closed (issue 14: "light in memory").
// Run: node --expose-gc --import tsx bench/node/disposedHeap.ts
//   ROWS (default 10000) rows × 5 fields in one repeating group; FORMS (default 5) forms in turn;
//   MODE=session (default) or validator (engine + validator); PRELOAD=1 loads the schema
//   interpreter first (as `loadLayoutSet` does), else the first form starts loading it.
// Prints heapUsed above the start after each closed form and a full gc: it must stay flat.
import { createFormEngine } from '../../src/core/form/index.ts';
import type { LoadedLayoutSet, RawComponent } from '../../src/core/index.ts';
import { createFormSession } from '../../src/core/session/index.ts';
import { createFormValidator } from '../../src/core/validation/index.ts';
import { loadSchemaInterpreter } from '../../src/core/validation/schema/interpreterLoader.ts';

const ROWS = Number(process.env.ROWS ?? 10_000);
const FORMS = Number(process.env.FORMS ?? 5);
const MODE = process.env.MODE ?? 'session';
const FIELDS = ['a', 'b', 'c', 'd', 'e'];

function bigGroupForm(): { layoutSet: LoadedLayoutSet; data: unknown } {
  const layout: RawComponent[] = [
    { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: FIELDS },
    ...FIELDS.map((field) => ({
      id: field,
      type: 'Input',
      dataModelBindings: { simpleBinding: `rows.${field}` },
      textResourceBindings: { title: `${field}.title` },
      required: field === 'a',
    })),
  ];
  const item = { altinnRowId: { type: 'string' }, ...Object.fromEntries(FIELDS.map((f) => [f, { type: 'string' }])) };
  const schema = {
    type: 'object',
    properties: { rows: { type: 'array', items: { type: 'object', properties: item } } },
  };
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    altinnRowId: `r${i}`,
    ...Object.fromEntries(FIELDS.map((field) => [field, `${field}${i}`])),
  }));
  const layoutSet: LoadedLayoutSet = {
    id: 'form',
    dataType: 'model',
    pageOrder: ['one'],
    layouts: { one: { data: { layout } } },
    layoutFiles: {},
    settings: {},
    dataModelSchemas: { model: schema },
    texts: { nb: [], en: [] },
    options: {},
  };
  return { layoutSet, data: { rows } };
}

async function openAndClose(): Promise<void> {
  const { layoutSet, data } = bigGroupForm();
  if (MODE === 'session') {
    await createFormSession({ layoutSet, initialData: data }).dispose();
    return;
  }
  const engine = createFormEngine({ layoutSet, initialData: data, language: 'nb' });
  createFormValidator(engine, {}).dispose();
  engine.dispose();
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

if (process.env.PRELOAD) await loadSchemaInterpreter();
const start = heapMb();
console.log(`${MODE}, ${ROWS} rows × ${FIELDS.length} fields, start ${start.toFixed(1)} MB`);
for (let form = 1; form <= FORMS; form++) {
  await openAndClose();
  // Give pending loads a turn, as a host's event loop would between forms.
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log(`after form ${form}: +${(heapMb() - start).toFixed(1)} MB`);
}
