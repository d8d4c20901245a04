import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  indexedDbPendingEditsStore,
  memoryPendingEditsStore,
  type PendingEdit,
  type PendingEditsStore,
} from '../../src/connected/index.ts';

const edit = (instanceId: string, dataElementId: string, name: string): PendingEdit => ({
  instanceId,
  dataElementId,
  dataType: 'model',
  base: { name: '' },
  current: { name },
  savedAt: 1,
});

describe.each<[string, () => PendingEditsStore]>([
  ['memory', () => memoryPendingEditsStore()],
  ['IndexedDB', () => indexedDbPendingEditsStore({ databaseName: `pending-${Math.random()}` })],
])('%s pending-edits store', (_name, create) => {
  it('keeps one edit per instance and data element, the latest write winning', async () => {
    const store = create();
    await store.put(edit('1/a', 'el1', 'first'));
    await store.put(edit('1/a', 'el1', 'second'));
    await store.put(edit('1/a', 'el2', 'other element'));
    await store.put(edit('1/b', 'el1', 'other instance'));
    expect((await store.get('1/a', 'el1'))?.current).toEqual({ name: 'second' });
    expect((await store.get('1/a', 'el2'))?.current).toEqual({ name: 'other element' });
    expect((await store.get('1/b', 'el1'))?.current).toEqual({ name: 'other instance' });
    await store.delete('1/a', 'el1');
    expect(await store.get('1/a', 'el1')).toBeUndefined();
    expect(await store.get('1/a', 'el2')).toBeDefined();
  });

  it('hands out copies: changing a read edit does not change the stored one', async () => {
    const store = create();
    await store.put(edit('1/a', 'el1', 'kept'));
    const read = await store.get('1/a', 'el1');
    (read!.current as { name: string }).name = 'changed';
    expect((await store.get('1/a', 'el1'))?.current).toEqual({ name: 'kept' });
  });
});

it('an IndexedDB store opened again (a reload) finds what the first one wrote', async () => {
  await indexedDbPendingEditsStore({ databaseName: 'reopened' }).put(edit('1/a', 'el1', 'survives'));
  expect((await indexedDbPendingEditsStore({ databaseName: 'reopened' }).get('1/a', 'el1'))?.current).toEqual({
    name: 'survives',
  });
});
