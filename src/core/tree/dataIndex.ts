import { pathSegments } from './pathSegments.ts';

/** Something that wants to hear about writes at, above or below a data path. */
export interface DataSubscriber {
  onDataChanged(dataType: string, changedPath: string): void;
}

interface TrieNode {
  readonly subscribers: Set<DataSubscriber>;
  readonly children: Map<string, TrieNode>;
}

const newNode = (): TrieNode => ({ subscribers: new Set(), children: new Map() });

/**
 * Subscriptions keyed by data path, stored as a trie per data type so that a write at P finds the
 * readers of P, of its ancestors and of its descendants without scanning every subscription.
 */
export class DataIndex {
  private readonly roots = new Map<string, TrieNode>();

  add(dataType: string, path: string, subscriber: DataSubscriber): void {
    let node: TrieNode | undefined = this.roots.get(dataType);
    if (!node) this.roots.set(dataType, (node = newNode()));
    for (const segment of pathSegments(path)) {
      const key = String(segment);
      let child: TrieNode | undefined = node.children.get(key);
      if (!child) node.children.set(key, (child = newNode()));
      node = child;
    }
    node.subscribers.add(subscriber);
  }

  remove(dataType: string, path: string, subscriber: DataSubscriber): void {
    const trail: [TrieNode, string][] = [];
    let node = this.roots.get(dataType);
    for (const segment of pathSegments(path)) {
      if (!node) return;
      const key = String(segment);
      trail.push([node, key]);
      node = node.children.get(key);
    }
    if (!node) return;
    node.subscribers.delete(subscriber);
    // Prune empty branches so that long-lived forms with many added/removed rows do not leak.
    for (let i = trail.length - 1; i >= 0; i--) {
      const [parent, key] = trail[i];
      const child = parent.children.get(key)!;
      if (child.subscribers.size > 0 || child.children.size > 0) break;
      parent.children.delete(key);
    }
  }

  /** Subscribers of `path`, of every path above it and of every path below it. */
  affectedBy(dataType: string, path: string): Set<DataSubscriber> {
    const found = new Set<DataSubscriber>();
    let node = this.roots.get(dataType);
    if (!node) return found;
    for (const subscriber of node.subscribers) found.add(subscriber);
    for (const segment of pathSegments(path)) {
      node = node.children.get(String(segment));
      if (!node) return found;
      for (const subscriber of node.subscribers) found.add(subscriber);
    }
    collectBelow(node, found);
    return found;
  }
}

function collectBelow(node: TrieNode, found: Set<DataSubscriber>): void {
  for (const child of node.children.values()) {
    for (const subscriber of child.subscribers) found.add(subscriber);
    collectBelow(child, found);
  }
}
