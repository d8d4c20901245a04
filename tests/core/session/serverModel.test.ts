import { describe, expect, it } from 'vitest';
import { DataModelStore } from '../../../src/core/data/store.ts';
import { replaceModel } from '../../../src/core/session/serverModel.ts';

function replaced(before: Record<string, unknown>, after: Record<string, unknown>) {
  const store = new DataModelStore(before);
  const heard: string[] = [];
  store.subscribe((path) => heard.push(path));
  replaceModel(store, after);
  return { result: store.snapshot(), heard };
}

describe("replacing a data model with the server's version", () => {
  it('announces only the paths that differ, down to fields inside rows of unchanged length', () => {
    const rows = [{ name: 'A', n: 1 }, { name: 'B' }];
    const { result, heard } = replaced(
      { applicant: { name: 'Kari', email: 'k@x.no' }, rows, total: 1 },
      { applicant: { name: 'Kari', email: 'kari@x.no' }, rows: [{ name: 'A', n: 2 }, { name: 'B' }], total: 2 },
    );
    expect(heard).toEqual(['applicant.email', 'rows[0].n', 'total']);
    expect(result).toEqual({
      applicant: { name: 'Kari', email: 'kari@x.no' },
      rows: [{ name: 'A', n: 2 }, { name: 'B' }],
      total: 2,
    });
  });

  it('writes an array that changed length whole, and removes keys the server dropped', () => {
    const { result, heard } = replaced(
      { rows: [{ a: 1 }], gone: { x: 1 }, kept: 'k' },
      { rows: [{ a: 1 }, { a: 2 }], kept: 'k' },
    );
    expect(heard).toEqual(['rows', 'gone']);
    expect(result).toEqual({ rows: [{ a: 1 }, { a: 2 }], kept: 'k' });
  });

  it('treats null, empty text and a missing key alike, as the store does', () => {
    const { result, heard } = replaced({ a: 'x' }, { a: 'x', b: null, c: '' });
    expect(heard).toEqual([]);
    expect(result).toEqual({ a: 'x' });
  });

  it('keeps the untouched parts of the model by reference', () => {
    const untouched = { deep: { value: 1 } };
    const store = new DataModelStore({ untouched, other: 1 });
    replaceModel(store, { untouched: structuredClone(untouched), other: 2 });
    expect(store.snapshot().untouched).toBe(untouched);
  });
});
