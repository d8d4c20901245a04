import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { pendingEditKey, type PendingEdit, type PendingEditsStore } from './store.ts';

export interface IndexedDbPendingEditsOptions {
  /** Database name; default `skjema`. One per app keeps apps on the same origin apart. */
  databaseName?: string;
  /** Object store name; default `pending-edits`. */
  storeName?: string;
}

/**
 * Keeps pending edits in the browser's IndexedDB, so they survive a reload, a crash or a closed
 * tab. The database is opened on first use, so creating the store is cheap.
 */
export function indexedDbPendingEditsStore(options: IndexedDbPendingEditsOptions = {}): PendingEditsStore {
  let store: UseStore | undefined;
  const open = () => (store ??= createStore(options.databaseName ?? 'skjema', options.storeName ?? 'pending-edits'));
  return {
    async put(edit) {
      await set(pendingEditKey(edit.instanceId, edit.dataElementId), edit, open());
    },
    async get(instanceId, dataElementId) {
      return (await get<PendingEdit>(pendingEditKey(instanceId, dataElementId), open())) ?? undefined;
    },
    async delete(instanceId, dataElementId) {
      await del(pendingEditKey(instanceId, dataElementId), open());
    },
  };
}
