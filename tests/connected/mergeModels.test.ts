import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeModels } from '../../src/connected/patch/mergeModels.ts';

describe('mergeModels (three-way: base, theirs = server, mine = user)', () => {
  it('keeps the server calculation and the field the user typed meanwhile', () => {
    const sent = { form: { a: 1, total: 0, note: '' } };
    const server = { form: { a: 1, total: 10, note: '' } };
    const current = { form: { a: 1, total: 0, note: 'typed while saving' } };
    expect(mergeModels(sent, server, current)).toEqual({ form: { a: 1, total: 10, note: 'typed while saving' } });
  });

  it('lets the user win where both changed the same field', () => {
    expect(mergeModels({ a: 'base' }, { a: 'server' }, { a: 'user' })).toEqual({ a: 'user' });
  });

  it('takes the server model when the user changed nothing, and the user model when the server did not', () => {
    expect(mergeModels({ a: 1 }, { a: 2, b: 3 }, { a: 1 })).toEqual({ a: 2, b: 3 });
    expect(mergeModels({ a: 1 }, { a: 1 }, { a: 5 })).toEqual({ a: 5 });
  });

  it('removes a field the server removed unless the user changed it', () => {
    expect(mergeModels({ a: 1, b: 1 }, { b: 1 }, { a: 1, b: 2 })).toEqual({ b: 2 });
    expect(mergeModels({ a: 1 }, {}, { a: 9 })).toEqual({ a: 9 });
  });

  it('keeps rows both sides added, by altinnRowId, with the server row after its predecessor', () => {
    const base = { rows: [{ altinnRowId: 'a', n: 1 }] };
    const server = {
      rows: [
        { altinnRowId: 'a', n: 1 },
        { altinnRowId: 's', n: 2 },
      ],
    };
    const user = {
      rows: [
        { altinnRowId: 'u', n: 3 },
        { altinnRowId: 'a', n: 1 },
      ],
    };
    expect(mergeModels(base, server, user)).toEqual({
      rows: [
        { altinnRowId: 'u', n: 3 },
        { altinnRowId: 'a', n: 1 },
        { altinnRowId: 's', n: 2 },
      ],
    });
  });

  it('merges inside a row matched by id even when the server moved it', () => {
    const base = { rows: [{ altinnRowId: 'a', x: 1, y: 1 }, { altinnRowId: 'b' }] };
    const server = { rows: [{ altinnRowId: 'b' }, { altinnRowId: 'a', x: 2, y: 1 }] };
    const user = { rows: [{ altinnRowId: 'a', x: 1, y: 5 }, { altinnRowId: 'b' }] };
    expect(mergeModels(base, server, user)).toEqual({
      rows: [{ altinnRowId: 'a', x: 2, y: 5 }, { altinnRowId: 'b' }],
    });
  });

  it('drops a row one side deleted, but keeps it when the other side edited it', () => {
    const base = {
      rows: [
        { altinnRowId: 'a', n: 1 },
        { altinnRowId: 'b', n: 1 },
      ],
    };
    const server = { rows: [{ altinnRowId: 'b', n: 1 }] };
    const userUntouched = {
      rows: [
        { altinnRowId: 'a', n: 1 },
        { altinnRowId: 'b', n: 1 },
      ],
    };
    expect(mergeModels(base, server, userUntouched)).toEqual(server);
    const userEdited = {
      rows: [
        { altinnRowId: 'a', n: 2 },
        { altinnRowId: 'b', n: 1 },
      ],
    };
    expect(mergeModels(base, server, userEdited)).toEqual(userEdited);
    const userDeleted = { rows: [{ altinnRowId: 'a', n: 1 }] };
    expect(
      mergeModels(
        base,
        {
          rows: [
            { altinnRowId: 'a', n: 1 },
            { altinnRowId: 'b', n: 7 },
          ],
        },
        userDeleted,
      ),
    ).toEqual({
      rows: [
        { altinnRowId: 'a', n: 1 },
        { altinnRowId: 'b', n: 7 },
      ],
    });
  });

  it('takes the server row ids added to rows the user created without them', () => {
    const sent = { rows: [{ n: 1 }] };
    const server = { rows: [{ altinnRowId: 'id-1', n: 1 }] };
    expect(mergeModels(sent, server, sent)).toEqual(server);
  });

  it('replaces arrays of primitives as one value: the user wins a conflict', () => {
    expect(mergeModels({ t: ['a'] }, { t: ['a', 's'] }, { t: ['u'] })).toEqual({ t: ['u'] });
    expect(mergeModels({ t: ['a'] }, { t: ['a', 's'] }, { t: ['a'] })).toEqual({ t: ['a', 's'] });
  });
});

/** Leaf paths of nested plain objects (arrays count as leaves). */
function leaves(value: unknown, path = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) if (child !== undefined) leaves(child, `${path}/${key}`, into);
  } else into.set(path, value);
  return into;
}

const leaf = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.integer({ min: 0, max: 3 }),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const { tree } = fc.letrec<{ tree: Record<string, unknown>; node: unknown }>((tie) => ({
  tree: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 }),
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('tree')),
}));

/** A version of `base` with some leaves changed, removed or added. */
function edited(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(base);
  return fc
    .tuple(
      fc.tuple(
        ...entries.map(([key, value]) =>
          fc.tuple(
            fc.constant(key),
            typeof value === 'object' && value !== null && !Array.isArray(value)
              ? edited(value as Record<string, unknown>)
              : fc.oneof(fc.constant(value), fc.constant(value), leaf, fc.constant(undefined)),
          ),
        ),
      ),
      fc.dictionary(fc.constantFrom('x', 'y'), leaf, { maxKeys: 1 }),
    )
    .map(([kept, added]) => ({ ...Object.fromEntries(kept.filter(([, v]) => v !== undefined)), ...added }));
}

describe('mergeModels properties (plain objects)', () => {
  it('every value the user changed is the user’s; every other value is the server’s', () => {
    fc.assert(
      fc.property(
        tree.chain((base) => fc.tuple(fc.constant(base), edited(base), edited(base))),
        ([base, theirs, mine]) => {
          const merged = leaves(mergeModels(base, theirs, mine));
          const baseLeaves = leaves(base);
          const mineLeaves = leaves(mine);
          const theirLeaves = leaves(theirs);
          for (const [path, value] of mineLeaves) {
            if (!jsonEqualish(baseLeaves.get(path), value)) expect(merged.get(path)).toEqual(value);
          }
          for (const [path, value] of theirLeaves) {
            const userTouched = !jsonEqualish(baseLeaves.get(path), mineLeaves.get(path));
            if (!userTouched) expect(merged.get(path)).toEqual(value);
          }
          // Nothing appears that neither side has.
          for (const path of merged.keys()) expect(mineLeaves.has(path) || theirLeaves.has(path)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function jsonEqualish(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
