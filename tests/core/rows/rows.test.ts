import { describe, expect, it } from 'vitest';
import { DataModelStore } from '../../../src/core/data/store.ts';
import { addRow, removeRow } from '../../../src/core/rows/index.ts';

const binding = { dataType: 'model', field: 'people' };

describe('rows', () => {
  it('appends a row object carrying only a new altinnRowId', () => {
    const store = new DataModelStore({ people: [{ altinnRowId: 'a', name: 'Kari' }] });
    const id = addRow(
      () => store,
      binding,
      () => 'b',
    );
    expect(id).toBe('b');
    expect(store.get('people')).toEqual([{ altinnRowId: 'a', name: 'Kari' }, { altinnRowId: 'b' }]);
  });

  it('creates the array when the group has no data yet, with a UUID by default', () => {
    const store = new DataModelStore({});
    const id = addRow(() => store, binding);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(store.get('people')).toEqual([{ altinnRowId: id }]);
  });

  it('removes the row with the given altinnRowId', () => {
    const store = new DataModelStore({ people: [{ altinnRowId: 'a' }, { altinnRowId: 'b' }, { altinnRowId: 'c' }] });
    removeRow(() => store, binding, 'b');
    expect(store.get('people')).toEqual([{ altinnRowId: 'a' }, { altinnRowId: 'c' }]);
  });

  it('removes a row without an id by its positional key, and ignores unknown keys', () => {
    const store = new DataModelStore({ people: [{ name: 'x' }, { name: 'y' }] });
    removeRow(() => store, binding, 'missing');
    removeRow(() => store, binding, '#0');
    expect(store.get('people')).toEqual([{ name: 'y' }]);
  });
});
