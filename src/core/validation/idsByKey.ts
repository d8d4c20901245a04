const NONE: readonly string[] = [];

/**
 * Ids grouped by key, where almost every key has one id (a field and the one component bound to
 * it): a lone id is kept as it is, and a Set is made only for a key that gets a second one. A
 * 10,000-row group spares 50,000 Sets that way.
 */
export class IdsByKey {
  private readonly byKey = new Map<string, string | Set<string>>();

  get(key: string): Iterable<string> {
    const ids = this.byKey.get(key);
    return ids === undefined ? NONE : typeof ids === 'string' ? [ids] : ids;
  }

  add(key: string, id: string): void {
    const ids = this.byKey.get(key);
    if (ids === undefined) this.byKey.set(key, id);
    else if (typeof ids === 'string') {
      if (ids !== id) this.byKey.set(key, new Set([ids, id]));
    } else ids.add(id);
  }

  delete(key: string, id: string): void {
    const ids = this.byKey.get(key);
    if (ids === id) this.byKey.delete(key);
    else if (typeof ids === 'object') {
      ids.delete(id);
      if (ids.size === 0) this.byKey.delete(key);
    }
  }
}
