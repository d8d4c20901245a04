import fc from 'fast-check';
import { applyPatch, type Operation } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import { createPatch } from '../../src/connected/patch/createPatch.ts';

function apply(model: unknown, patch: ReturnType<typeof createPatch>) {
  const target = structuredClone(model);
  const results = applyPatch(target, patch as Operation[]);
  return { target, failures: results.filter((result) => result !== null) };
}

describe('createPatch', () => {
  it('is empty for equal models, also when one holds undefined properties', () => {
    expect(createPatch({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] }, d: undefined })).toEqual([]);
  });

  it('tests the old value before replacing it', () => {
    expect(createPatch({ form: { name: 'Old' } }, { form: { name: 'New' } })).toEqual([
      { op: 'test', path: '/form/name', value: 'Old' },
      { op: 'replace', path: '/form/name', value: 'New' },
    ]);
  });

  it('tests the old value before removing it, and adds without a test', () => {
    expect(createPatch({ a: 1 }, { b: 2 })).toEqual([
      { op: 'test', path: '/a', value: 1 },
      { op: 'remove', path: '/a' },
      { op: 'add', path: '/b', value: 2 },
    ]);
  });

  it('escapes ~ and / in keys', () => {
    expect(createPatch({ 'a/b': { '~c': 1 } }, { 'a/b': { '~c': 2 } })[1]).toEqual({
      op: 'replace',
      path: '/a~1b/~0c',
      value: 2,
    });
  });

  it('replaces an array of primitives whole, testing the old array', () => {
    expect(createPatch({ tags: ['a', 'b'] }, { tags: ['b'] })).toEqual([
      { op: 'test', path: '/tags', value: ['a', 'b'] },
      { op: 'replace', path: '/tags', value: ['b'] },
    ]);
  });

  it('edits a field inside a row by its index after testing the row id', () => {
    const before = {
      rows: [
        { altinnRowId: 'r1', n: 1 },
        { altinnRowId: 'r2', n: 2 },
      ],
    };
    const after = {
      rows: [
        { altinnRowId: 'r1', n: 1 },
        { altinnRowId: 'r2', n: 3 },
      ],
    };
    expect(createPatch(before, after)).toEqual([
      { op: 'test', path: '/rows/1/altinnRowId', value: 'r2' },
      { op: 'test', path: '/rows/1/n', value: 2 },
      { op: 'replace', path: '/rows/1/n', value: 3 },
    ]);
  });

  it('removes a row by id, never a row that merely sits at the same index', () => {
    const before = { rows: [{ altinnRowId: 'r1' }, { altinnRowId: 'r2' }, { altinnRowId: 'r3' }] };
    const patch = createPatch(before, { rows: [{ altinnRowId: 'r1' }, { altinnRowId: 'r3' }] });
    expect(patch).toEqual([
      { op: 'test', path: '/rows/1/altinnRowId', value: 'r2' },
      { op: 'remove', path: '/rows/1' },
    ]);
    // On the server someone inserted a row first: the test fails instead of removing r1.
    const server = { rows: [{ altinnRowId: 'r0' }, ...before.rows] };
    expect(apply(server, patch).failures).toHaveLength(1);
  });

  it('adds and moves rows', () => {
    const before = { rows: [{ altinnRowId: 'a' }, { altinnRowId: 'b' }] };
    const after = { rows: [{ altinnRowId: 'b' }, { altinnRowId: 'new', x: 1 }, { altinnRowId: 'a' }] };
    const patch = createPatch(before, after);
    expect(patch.filter((op) => op.op === 'replace')).toEqual([]);
    expect(apply(before, patch)).toEqual({ target: after, failures: [] });
  });

  it('fails its test when the server changed the same field meanwhile', () => {
    const patch = createPatch({ a: 'mine-before' }, { a: 'mine-after' });
    expect(apply({ a: 'theirs' }, patch).failures).toHaveLength(1);
  });

  it('replaces an array whose rows lack ids whole', () => {
    expect(createPatch({ rows: [{ n: 1 }] }, { rows: [{ n: 2 }] })).toEqual([
      { op: 'test', path: '/rows', value: [{ n: 1 }] },
      { op: 'replace', path: '/rows', value: [{ n: 2 }] },
    ]);
  });

  it('replaces a value whose type changed (null to object, object to array)', () => {
    const before = { a: null, b: { x: 1 } };
    const after = { a: { y: 1 }, b: [1] };
    expect(apply(before, createPatch(before, after))).toEqual({ target: after, failures: [] });
  });

  it('a one-field change in a 1,000-field model is one test and one replace', () => {
    const fields = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`field${i}`, `value ${i}`]));
    const patch = createPatch({ form: fields }, { form: { ...fields, field500: 'changed' } });
    expect(patch).toHaveLength(2);
  });
});

const rowId = fc.uuid();
const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null));
const { json: model } = fc.letrec<{ json: Record<string, unknown>; value: unknown }>((tie) => ({
  json: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd/e', '~f'), tie('value'), { maxKeys: 4 }),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(leaf, { maxLength: 3 }),
    tie('json'),
    fc
      .uniqueArray(rowId, { maxLength: 4 })
      .chain((ids) => fc.tuple(...ids.map((id) => tie('json').map((row) => ({ ...row, altinnRowId: id }))))),
  ),
}));

/** Another version of `base`: rows kept, dropped, reordered, edited or added; values changed. */
function variantOf(base: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(base) && base.every((row) => typeof row === 'object' && row && 'altinnRowId' in row)) {
    return fc
      .tuple(fc.tuple(...base.map((row) => fc.tuple(fc.boolean(), variantOf(row)))), fc.array(model, { maxLength: 2 }))
      .chain(([kept, added]) => {
        const rows = [
          ...kept.filter(([keep]) => keep).map(([, row]) => row),
          ...added.map((row, i) => ({ ...row, altinnRowId: `added-${i}` })),
        ];
        return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });
      });
  }
  if (typeof base === 'object' && base !== null && !Array.isArray(base)) {
    const entries = Object.entries(base);
    return fc
      .tuple(
        fc.tuple(
          ...entries.map(([key, value]) =>
            fc.tuple(fc.constant(key), fc.oneof(fc.constant(undefined), variantOf(value))),
          ),
        ),
        model,
      )
      .map(([changed, extra]) => ({ ...extra, ...Object.fromEntries(changed.filter(([, v]) => v !== undefined)) }));
  }
  return fc.oneof(fc.constant(base), leaf);
}

describe('createPatch properties', () => {
  it('applying the patch to lastSaved gives current, with every test passing', () => {
    fc.assert(
      fc.property(
        model.chain((before) => fc.tuple(fc.constant(before), variantOf(before))),
        ([before, after]) => {
          const { target, failures } = apply(before, createPatch(before, after));
          expect(failures).toEqual([]);
          expect(target).toEqual(JSON.parse(JSON.stringify(after)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('every replace and remove is preceded by a test of its path', () => {
    fc.assert(
      fc.property(
        model.chain((before) => fc.tuple(fc.constant(before), variantOf(before))),
        ([before, after]) => {
          const patch = createPatch(before, after);
          patch.forEach((op, index) => {
            if (op.op !== 'replace' && op.op !== 'remove') return;
            const previous = patch[index - 1];
            expect(previous?.op).toBe('test');
            if (op.op === 'replace') expect(previous?.path).toBe(op.path);
            else expect([op.path, `${op.path}/altinnRowId`]).toContain(previous?.path);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
