import { useEffect, useSyncExternalStore } from 'react';
import { useFormServices } from '../context/FormServices.ts';
import type { ListCache, Listed } from './OutsideLists.ts';

/**
 * A list from `cache`, fetched through the form's services when no one has yet. Its own module,
 * so that a form with no list to fetch (no Subform, no upload) loads no services.
 */
export function useListed<T>(cache: ListCache<T>, key: string): Listed<T> {
  const services = useFormServices();
  const listed = useSyncExternalStore(cache.subscribe, () => cache.get(key));
  useEffect(() => cache.load(key, services), [cache, key, services]);
  return listed;
}
