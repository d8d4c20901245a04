import type { PathSegment } from '../data/path.ts';
import { pathSegments } from '../tree/pathSegments.ts';

// A 10,000-row group has 50,000 leaves, most holding one item and no children: a Set and a Map
// for each would be most of the index's memory and of the mount's garbage.
interface TrieNode<T> {
  /** The lone item, until a second arrives and `items` takes over. */
  item: T | undefined;
  items: Set<T> | undefined;
  children: Map<string, TrieNode<T>> | undefined;
}

const newNode = <T>(): TrieNode<T> => ({ item: undefined, items: undefined, children: undefined });

/**
 * Items keyed by data path, as a trie per data type, so a write at P finds what sits at P, above
 * it and below it without scanning everything: a keystroke in row 517 reaches row 517 only.
 */
export class PathIndex<T> {
  private readonly roots = new Map<string, TrieNode<T>>();

  add(dataType: string, path: string | readonly PathSegment[], item: T): void {
    let node: TrieNode<T> | undefined = this.roots.get(dataType);
    if (!node) this.roots.set(dataType, (node = newNode<T>()));
    for (const segment of segmentsOf(path)) {
      const key = String(segment);
      node.children ??= new Map();
      let child: TrieNode<T> | undefined = node.children.get(key);
      if (!child) node.children.set(key, (child = newNode<T>()));
      node = child;
    }
    if (node.items) node.items.add(item);
    else if (node.item === undefined || node.item === item) node.item = item;
    else {
      node.items = new Set([node.item, item]);
      node.item = undefined;
    }
  }

  remove(dataType: string, path: string | readonly PathSegment[], item: T): void {
    const trail: [TrieNode<T>, string][] = [];
    let node = this.roots.get(dataType);
    for (const segment of segmentsOf(path)) {
      if (!node) return;
      const key = String(segment);
      trail.push([node, key]);
      node = node.children?.get(key);
    }
    if (!node) return;
    if (node.item === item) node.item = undefined;
    node.items?.delete(item);
    // Rows come and go for the life of a form; empty branches would pile up otherwise.
    for (let i = trail.length - 1; i >= 0; i--) {
      const [parent, key] = trail[i];
      const child = parent.children!.get(key)!;
      if (child.item !== undefined || (child.items?.size ?? 0) > 0 || (child.children?.size ?? 0) > 0) break;
      parent.children!.delete(key);
    }
  }

  /** Items at `path`, above it and (unless `below` is false) below it. */
  affectedBy(dataType: string, path: string | readonly PathSegment[], into: Set<T> = new Set(), below = true): Set<T> {
    let node = this.roots.get(dataType);
    if (!node) return into;
    addAll(node, into);
    for (const segment of segmentsOf(path)) {
      node = node.children?.get(String(segment));
      if (!node) return into;
      addAll(node, into);
    }
    if (below) collectBelow(node, into);
    return into;
  }
}

function segmentsOf(path: string | readonly PathSegment[]): readonly PathSegment[] {
  return typeof path === 'string' ? pathSegments(path) : path;
}

function addAll<T>(node: TrieNode<T>, into: Set<T>): void {
  if (node.item !== undefined) into.add(node.item);
  if (node.items) for (const item of node.items) into.add(item);
}

function collectBelow<T>(node: TrieNode<T>, into: Set<T>): void {
  if (!node.children) return;
  for (const child of node.children.values()) {
    addAll(child, into);
    collectBelow(child, into);
  }
}
