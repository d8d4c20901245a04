import { vi } from 'vitest';
import { DataModelStore } from '../../../src/core/data/store.ts';

/** Counts every call of a data listener, whether it listens to a path or to the whole model. */
export function countListenerCalls(): { calls: () => number } {
  let calls = 0;
  const counted =
    (listen: (listener: (path: string) => void) => () => void) =>
    (listener: (path: string) => void): (() => void) =>
      listen((path) => {
        calls++;
        listener(path);
      });
  const subscribe = DataModelStore.prototype.subscribe;
  const subscribeAt = DataModelStore.prototype.subscribeAt;
  vi.spyOn(DataModelStore.prototype, 'subscribe').mockImplementation(function (this: DataModelStore, listener) {
    return counted((wrapped) => subscribe.call(this, wrapped))(listener);
  });
  vi.spyOn(DataModelStore.prototype, 'subscribeAt').mockImplementation(function (this: DataModelStore, path, listener) {
    return counted((wrapped) => subscribeAt.call(this, path, wrapped))(listener);
  });
  return { calls: () => calls };
}
