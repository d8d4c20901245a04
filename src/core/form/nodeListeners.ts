/**
 * A version number and a set of listeners per node id: what lets a renderer re-render exactly
 * the components whose node changed (`useSyncExternalStore` reads the version).
 */
export class NodeListeners {
  private readonly versions = new Map<string, number>();
  private readonly listeners = new Map<string, Set<() => void>>();

  subscribe(nodeId: string, listener: () => void): () => void {
    let set = this.listeners.get(nodeId);
    if (!set) this.listeners.set(nodeId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(nodeId);
    };
  }

  version(nodeId: string): number {
    return this.versions.get(nodeId) ?? 0;
  }

  /** Marks the node changed. Listeners are told separately (`notify`), so a caller can defer them. */
  bump(nodeId: string): void {
    this.versions.set(nodeId, this.version(nodeId) + 1);
  }

  notify(nodeId: string): void {
    this.listeners.get(nodeId)?.forEach((listener) => listener());
  }

  /** Ids that someone listens to. */
  subscribedIds(): IterableIterator<string> {
    return this.listeners.keys();
  }

  clear(): void {
    this.listeners.clear();
  }
}
