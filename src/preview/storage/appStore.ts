import type { PreviewStore } from './store.ts';

/**
 * The store as one app of a server that runs several sees it: the instances of the other apps
 * (in the same database) do not exist for it, as an app in the platform reaches only its own.
 * Everything else passes through, so a route needs no knowledge of the other apps.
 */
export function appStore(store: PreviewStore, appId: () => string): PreviewStore {
  const own = <T extends { appId: string } | undefined>(instance: T): T | undefined =>
    instance === undefined || instance.appId === appId() ? instance : undefined;
  const scoped: Partial<PreviewStore> = {
    getInstance: (id) => own(store.getInstance(id)),
    getFullInstance: (id) => own(store.getFullInstance(id)),
    listInstancesOfParty: (partyId) => store.listInstancesOfParty(partyId).filter((instance) => own(instance)),
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (Object.hasOwn(scoped, property)) return scoped[property as keyof PreviewStore];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
