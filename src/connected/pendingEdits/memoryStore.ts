import { pendingEditKey, type PendingEdit, type PendingEditsStore } from './store.ts';

/** Keeps pending edits for the life of the page: enough when nothing must survive a reload. */
export function memoryPendingEditsStore(): PendingEditsStore {
  const edits = new Map<string, PendingEdit>();
  return {
    async put(edit) {
      edits.set(pendingEditKey(edit.instanceId, edit.dataElementId), structuredClone(edit));
    },
    async get(instanceId, dataElementId) {
      const edit = edits.get(pendingEditKey(instanceId, dataElementId));
      return edit && structuredClone(edit);
    },
    async delete(instanceId, dataElementId) {
      edits.delete(pendingEditKey(instanceId, dataElementId));
    },
  };
}
