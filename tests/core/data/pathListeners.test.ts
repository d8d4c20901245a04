import { describe, expect, it } from 'vitest';
import { DataModelStore } from '../../../src/core/data/store.ts';

/** A store with a listener at each of these paths; `heard()` lists who heard the writes since the last call. */
function listening(paths: readonly string[]) {
  const store = new DataModelStore({ a: { b: { c: 1 }, d: 2 }, rows: [{ x: 1 }, { x: 2 }], e: 3 });
  let calls: string[] = [];
  const off = paths.map((path) => store.subscribeAt(path, () => calls.push(path)));
  return {
    store,
    off,
    heard() {
      const result = calls;
      calls = [];
      return result.sort();
    },
  };
}

describe('DataModelStore.subscribeAt', () => {
  it('reaches the listeners at, above and below the written path, and no other', () => {
    const { store, heard } = listening(['', 'a', 'a.b', 'a.b.c', 'a.d', 'e', 'rows', 'rows[0]', 'rows[1].x']);
    store.set('a.b', { c: 5 });
    expect(heard()).toEqual(['', 'a', 'a.b', 'a.b.c']);
    store.set('e', 4);
    expect(heard()).toEqual(['', 'e']);
    store.set('rows[1].x', 7);
    expect(heard()).toEqual(['', 'rows', 'rows[1].x']);
    store.set('rows', [{ x: 9 }]);
    expect(heard()).toEqual(['', 'rows', 'rows[0]', 'rows[1].x']);
  });

  it('reaches every listener when the whole model is replaced', () => {
    const paths = ['', 'a', 'a.b.c', 'rows[0]', 'e'];
    const { store, heard } = listening(paths);
    store.replaceRoot({});
    expect(heard()).toEqual([...paths].sort());
  });

  it('hears the written path, and nothing after unsubscribing', () => {
    const store = new DataModelStore({});
    const heard: string[] = [];
    const off = store.subscribeAt('a.b', (path) => heard.push(path));
    store.set('a', { b: { c: 1 } });
    store.set('a.b.c', 2);
    off();
    store.set('a.b', 3);
    expect(heard).toEqual(['a', 'a.b.c']);
  });

  it('keeps the other listeners of a path when one leaves, and a listener added again hears once', () => {
    const { store, heard, off } = listening(['a.b', 'a.b', 'a.b.c']);
    off[0]();
    store.set('a.b.c', 2);
    expect(heard()).toEqual(['a.b', 'a.b.c']);
    const counted: string[] = [];
    const twice = (path: string) => counted.push(path);
    store.subscribeAt('e', twice);
    store.subscribeAt('e', twice);
    store.set('e', 5);
    expect(counted).toEqual(['e']);
  });

  it('hears writes to a path again after every listener there left and a new one came', () => {
    const { store, heard, off } = listening(['rows[1].x']);
    off[0]();
    store.set('rows[1].x', 3);
    expect(heard()).toEqual([]);
    const paths: string[] = [];
    store.subscribeAt('rows[1].x', (path) => paths.push(path));
    store.set('rows[1].x', 4);
    expect(paths).toEqual(['rows[1].x']);
  });
});
