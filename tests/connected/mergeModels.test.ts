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
