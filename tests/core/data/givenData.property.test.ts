import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertForSchemaType } from '../../../src/core/data/convert.ts';
import { findDataMismatches } from '../../../src/core/data/dataMismatch.ts';
import { getAtPath, parsePath, type PathSegment } from '../../../src/core/data/path.ts';
import { schemaAtPath, schemaTypeOf } from '../../../src/core/data/schemaLookup.ts';
import { addRow } from '../../../src/core/rows/rows.ts';
import type { RawComponent } from '../../../src/core/index.ts';
import { createFormSession, type WriteResult } from '../../../src/core/session/index.ts';
import { formOf } from '../../../stories/support/formOf.ts';
import { fakeClock, recordingSave } from '../session/support.ts';

/*
 * Issue 12, point 4: for random schemas, random initial data (fitting the schema or not) and random
 * edits at bound paths, the session saves the initial data with exactly the user's edits applied;
 * an edit that would have to destroy stored data is refused (and reported), and changes nothing.
 */

type Shape =
  | { kind: 'string' | 'number' | 'integer' | 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'object'; properties: Record<string, Shape> }
  | { kind: 'array'; items: Shape };

const KEYS = ['a', 'b', 'c'] as const;

const shapes = fc.letrec<{ shape: Shape; object: Shape }>((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<Shape>({ kind: 'string' }, { kind: 'number' }, { kind: 'integer' }, { kind: 'boolean' }),
    fc.constant<Shape>({ kind: 'enum', values: ['a', 'b'] }),
    tie('object'),
    tie('shape').map((items): Shape => ({ kind: 'array', items })),
  ),
  object: fc
    .dictionary(fc.constantFrom(...KEYS), tie('shape'), { minKeys: 1, maxKeys: 3 })
    .map((properties): Shape => ({ kind: 'object', properties })),
}));

function jsonSchemaOf(shape: Shape): Record<string, unknown> {
  switch (shape.kind) {
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(shape.properties).map(([key, child]) => [key, jsonSchemaOf(child)]),
        ),
      };
    case 'array':
      return { type: 'array', items: jsonSchemaOf(shape.items) };
    case 'enum':
      return { type: 'string', enum: shape.values };
    default:
      return { type: shape.kind };
  }
}

/** Every path a field can be bound to: the primitive values, with the first two rows of each list. */
function leavesOf(shape: Shape, at = ''): string[] {
  switch (shape.kind) {
    case 'object':
      return Object.entries(shape.properties).flatMap(([key, child]) =>
        leavesOf(child, at === '' ? key : `${at}.${key}`),
      );
    case 'array':
      return [0, 1].flatMap((index) => leavesOf(shape.items, `${at}[${index}]`));
    default:
      return [at];
  }
}

/** Every list of rows (objects) a repeating group can be bound to, with the first two rows of outer lists. */
function rowListsOf(shape: Shape, at = ''): string[] {
  switch (shape.kind) {
    case 'object':
      return Object.entries(shape.properties).flatMap(([key, child]) =>
        rowListsOf(child, at === '' ? key : `${at}.${key}`),
      );
    case 'array':
      return [
        ...(shape.items.kind === 'object' ? [at] : []),
        ...[0, 1].flatMap((index) => rowListsOf(shape.items, `${at}[${index}]`)),
      ];
    default:
      return [];
  }
}

const anyJson = fc.jsonValue({ maxDepth: 2 });

/** Data for a shape: mostly fitting, sometimes any JSON at all, sometimes missing. */
function dataOf(shape: Shape, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: fittingData(shape, depth) },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function fittingData(shape: Shape, depth: number): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'object':
      return fc.record(
        Object.fromEntries(Object.entries(shape.properties).map(([key, child]) => [key, dataOf(child, depth + 1)])),
        { requiredKeys: [] },
      );
    case 'array':
      return fc.array(dataOf(shape.items, depth + 1), { maxLength: 3 });
    case 'enum':
      return fc.constantFrom(...shape.values);
    case 'string':
      return fc.string({ maxLength: 4 });
    case 'number':
      return fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom(1.5, -2.25));
    case 'integer':
      return fc.integer({ min: -50, max: 50 });
    case 'boolean':
      return fc.boolean();
  }
}

/** Random schema, root data (now and then not an object at all) and edits at its bound paths. */
const scenarios = shapes.object.chain((shape) =>
  fc.record({
    shape: fc.constant(shape),
    initial: fc.oneof({ weight: 8, arbitrary: fittingData(shape, 0) }, { weight: 1, arbitrary: anyJson }),
    edits: fc.array(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            kind: fc.constant('type' as const),
            leaf: fc.nat(),
            text: fc.oneof(
              fc.constantFrom('', ' ', 'abc', '17', '-3', '1.5', 'true', 'false', 'a', 'b', '42'),
              fc.string({ maxLength: 3 }),
            ),
          }),
        },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('addRow' as const), list: fc.nat() }) },
      ),
      { maxLength: 12 },
    ),
  }),
);

/** What `DataModelStore.set` would need to destroy: a container of the wrong kind on the path. */
function blocked(root: unknown, segments: readonly PathSegment[]): boolean {
  let container = root;
  for (let index = 0; index < segments.length; index++) {
    if (index > 0 && (container === undefined || container === null)) return false;
    const fits = typeof segments[index] === 'number' ? Array.isArray(container) : isRecord(container);
    if (!fits) return true;
    container = (container as Record<string | number, unknown>)[segments[index]];
  }
  return false;
}

/** The model with one value written (or removed) at the path, containers created on the way. */
function written(node: unknown, segments: readonly PathSegment[], value: unknown): unknown {
  const [head, ...rest] = segments;
  const copy: Record<string | number, unknown> = Array.isArray(node)
    ? ([...node] as unknown as Record<number, unknown>)
    : isRecord(node)
      ? { ...node }
      : typeof head === 'number'
        ? ([] as unknown as Record<number, unknown>)
        : {};
  if (rest.length > 0) copy[head] = written(copy[head], rest, value);
  else if (value !== undefined) copy[head] = value;
  else if (Array.isArray(copy)) copy[head as number] = undefined;
  else delete copy[head];
  return copy;
}

/** JSON as it would be sent, with keys sorted and any non-index key on a list made visible. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const extra = Object.keys(value).filter((key) => !/^\d+$/.test(key));
    const items = Array.from(value, (item) => (item === undefined ? null : canonical(item)));
    return extra.length > 0 ? { items, extra: extra.map((key) => [key, canonical(value[key as never])]) } : items;
  }
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => value[key] !== undefined)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

describe('property: the saved model is the given data with exactly the user’s edits', () => {
  it('through the session’s write gate and save, for random schemas, data and edits', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, async ({ shape, initial, edits }) => {
        const schema = jsonSchemaOf(shape);
        const leaves = leavesOf(shape);
        const components: RawComponent[] = leaves.map((leaf, index) => ({
          id: `f${index}`,
          type: 'Input',
          dataModelBindings: { simpleBinding: leaf },
        }));
        const layoutSet = formOf(components, { schema });
        const { clock } = fakeClock();
        const { save, calls } = recordingSave();
        let refusedReports = 0;
        const session = createFormSession({
          layoutSet,
          initialData: structuredClone(initial),
          save,
          clock,
          onWriteRefused: () => refusedReports++,
        });

        let expected: unknown = initial === undefined ? {} : structuredClone(initial);
        const invalid = new Map<string, string>();
        let changed = false;
        let refused = 0;
        const rowLists = rowListsOf(shape);
        let rowsAdded = 0;
        for (const edit of edits) {
          if (edit.kind === 'addRow') {
            if (rowLists.length === 0) continue;
            const field = rowLists[edit.list % rowLists.length];
            const id = `row-${rowsAdded++}`;
            const result = session.write({
              edit: (data) =>
                void addRow(
                  (dataType) => data.model(dataType),
                  { dataType: 'model', field },
                  () => id,
                ),
            });
            expect(result).toEqual({ ok: true });
            const segments = parsePath(field);
            // Rows go only into a list (or where nothing is): anything else stored there stays.
            if (blocked(expected, [...segments, 0])) continue;
            const stored = getAtPath(expected, segments);
            expected = written(expected, segments, [...(Array.isArray(stored) ? stored : []), { altinnRowId: id }]);
            changed = true;
            continue;
          }
          const { leaf, text } = edit;
          const index = leaf % leaves.length;
          const field = leaves[index];
          const segments = parsePath(field);
          const stored = getAtPath(expected, segments);
          const shown =
            invalid.get(field) ??
            (stored === undefined || stored === null || typeof stored === 'object' ? '' : String(stored));
          const result: WriteResult = session.write({ node: `f${index}`, text });
          if (shown === text && typeof stored !== 'object') {
            expect(result).toEqual({ ok: true });
            continue;
          }
          if (blocked(expected, segments)) {
            expect(result).toEqual({ ok: false, reason: 'dataConflict' });
            // The field shows what is stored, not what was typed.
            expect(session.engine.data.text({ dataType: 'model', field })).toBe(shown);
            refused++;
            continue;
          }
          expect(result).toEqual({ ok: true });
          const converted = convertForSchemaType(text, schemaTypeOf(schemaAtPath(schema, field)));
          const value = converted.ok ? converted.value : undefined;
          if (converted.ok) invalid.delete(field);
          else invalid.set(field, text);
          const remove = value === undefined || value === null || value === '';
          if (remove ? stored === undefined : Object.is(stored, value)) continue;
          expected = written(expected, segments, remove ? undefined : value);
          changed = true;
        }
        await session.flush();

        expect(canonical(session.read())).toEqual(canonical(expected));
        expect(refusedReports).toBe(refused);
        expect(session.writeStats().refused).toBe(refused);
        if (changed)
          expect(canonical(calls.at(-1)?.find((model) => model.dataType === 'model')?.data)).toEqual(
            canonical(expected),
          );
        else expect(calls).toEqual([]);
        await session.dispose();
      }),
      { numRuns: 300 },
    );
  });

  it('lists exactly the places whose type or enum value a JSON Schema validator rejects', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    fc.assert(
      fc.property(
        shapes.object.chain((shape) => fc.record({ shape: fc.constant(shape), data: fittingData(shape, 0) })),
        ({ shape, data: generated }) => {
          // As it arrives: JSON, so a missing list item is null.
          const data: unknown = JSON.parse(JSON.stringify(generated));
          const validate = ajv.compile(jsonSchemaOf(shape));
          validate(data);
          const rejected = new Set(
            (validate.errors ?? [])
              .filter((error) => error.keyword === 'type' || error.keyword === 'enum')
              .filter((error) => getAtPath(data, pointerSegments(error.instancePath)) !== null)
              .map((error) => error.instancePath),
          );
          const listed = findDataMismatches('model', jsonSchemaOf(shape), data).map((mismatch) => mismatch.pointer);
          expect(new Set(listed)).toEqual(rejected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
