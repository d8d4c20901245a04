import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormTree, LayoutNode } from '../../../src/core/tree/index.ts';
import { formOf } from './helpers.ts';

const layout = [
  { id: 'flag', type: 'Input', dataModelBindings: { simpleBinding: 'Flag' } },
  {
    id: 'outer',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'Outer' },
    children: ['label', 'inner'],
    hiddenRow: ['equals', ['dataModel', 'Outer.v'], 3],
  },
  {
    id: 'label',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'Outer.v' },
    hidden: ['equals', ['component', 'flag'], 'hide'],
    required: ['greaterThan', ['dataModel', 'Outer.v'], 1],
  },
  { id: 'inner', type: 'RepeatingGroup', dataModelBindings: { group: 'Outer.Inner' }, children: ['cell'] },
  {
    id: 'cell',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'Outer.Inner.w' },
    hidden: ['equals', ['component', 'label'], ['component', 'cell']],
    textResourceBindings: { title: ['concat', ['dataModel', 'Outer.v'], '/', ['dataModel', 'Outer.Inner.w']] },
  },
];

type Op =
  | { kind: 'flag'; value: string }
  | { kind: 'outerValue'; row: number; value: number }
  | { kind: 'innerValue'; row: number; inner: number; value: number }
  | { kind: 'addOuter' }
  | { kind: 'removeOuter'; row: number }
  | { kind: 'addInner'; row: number }
  | { kind: 'removeInner'; row: number; inner: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('flag' as const), value: fc.constantFrom('hide', 'show') }),
  fc.record({ kind: fc.constant('outerValue' as const), row: fc.nat(4), value: fc.nat(4) }),
  fc.record({ kind: fc.constant('innerValue' as const), row: fc.nat(4), inner: fc.nat(3), value: fc.nat(4) }),
  fc.record({ kind: fc.constant('addOuter' as const) }),
  fc.record({ kind: fc.constant('removeOuter' as const), row: fc.nat(4) }),
  fc.record({ kind: fc.constant('addInner' as const), row: fc.nat(4) }),
  fc.record({ kind: fc.constant('removeInner' as const), row: fc.nat(4), inner: fc.nat(3) }),
);

let nextId = 0;
const rowId = () => `id-${nextId++}`;

function apply(form: ReturnType<typeof formOf>, operation: Op): void {
  const { store } = form;
  const outer = (store.get('Outer') as { Inner?: unknown[] }[] | undefined) ?? [];
  switch (operation.kind) {
    case 'flag':
      return store.set('Flag', operation.value);
    case 'outerValue':
      if (operation.row < outer.length) store.set(`Outer[${operation.row}].v`, operation.value);
      return;
    case 'innerValue':
      if (operation.row < outer.length && operation.inner < (outer[operation.row].Inner?.length ?? 0))
        store.set(`Outer[${operation.row}].Inner[${operation.inner}].w`, operation.value);
      return;
    case 'addOuter':
      return store.set(`Outer[${outer.length}]`, { altinnRowId: rowId(), Inner: [] });
    case 'removeOuter':
      if (operation.row < outer.length)
        store.set(
          'Outer',
          outer.filter((_, index) => index !== operation.row),
        );
      return;
    case 'addInner':
      if (operation.row < outer.length)
        store.set(`Outer[${operation.row}].Inner[${outer[operation.row].Inner?.length ?? 0}]`, {
          altinnRowId: rowId(),
        });
      return;
    case 'removeInner': {
      const inner = operation.row < outer.length ? (outer[operation.row].Inner ?? []) : [];
      if (operation.inner < inner.length)
        store.set(
          `Outer[${operation.row}].Inner`,
          inner.filter((_, index) => index !== operation.inner),
        );
    }
  }
}

/** Everything a renderer would read, keyed by node id. */
function snapshot(tree: FormTree): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const visit = (node: LayoutNode) => {
    out[node.id] = {
      hidden: node.isHidden(),
      required: node.evaluate('required', 'boolean', false),
      title: node.evaluate('textResourceBindings.title', 'string', ''),
      binding: node.bindings.simpleBinding?.field,
      rows: node.rows?.map((row) => [row.key, row.index, row.isHidden()]),
    };
    node.children.forEach(visit);
    node.rows?.forEach((row) => row.children.forEach(visit));
  };
  tree.pages.forEach((page) => page.children.forEach(visit));
  return out;
}

describe('incremental updates agree with a tree built from scratch', { timeout: 60_000 }, () => {
  for (const listening of [false, true]) {
    it(`after random edits, row changes and reads (${listening ? 'with' : 'without'} a subscriber)`, () => {
      fc.assert(
        fc.property(
          fc.array(op, { maxLength: 25 }),
          fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
          (ops, reads) => {
            const form = formOf(
              { p: layout },
              { Flag: 'show', Outer: [{ altinnRowId: rowId(), v: 1, Inner: [{ altinnRowId: rowId(), w: 1 }] }] },
            );
            if (listening) form.tree.subscribe(() => {});
            ops.forEach((operation, index) => {
              apply(form, operation);
              if (reads[index]) snapshot(form.tree);
            });
            const fresh = formOf({ p: layout }, form.store.snapshot());
            expect(snapshot(form.tree)).toEqual(snapshot(fresh.tree));
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
