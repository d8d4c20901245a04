import type { PathSegment } from '../data/path.ts';
import { pathSegments } from '../tree/pathSegments.ts';

interface TrieNode<T> {
  readonly items: Set<T>;
  readonly children: Map<string, TrieNode<T>>;
}

const newNode = <T>(): TrieNode<T> => ({ items: new Set(), children: new Map() });

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
      let child: TrieNode<T> | undefined = node.children.get(key);
      if (!child) node.children.set(key, (child = newNode<T>()));
      node = child;
    }
    node.items.add(item);
  }

  remove(dataType: string, path: string | readonly PathSegment[], item: T): void {
    const trail: [TrieNode<T>, string][] = [];
    let node = this.roots.get(dataType);
    for (const segment of segmentsOf(path)) {
      if (!node) return;
      const key = String(segment);
      trail.push([node, key]);
      node = node.children.get(key);
    }
    if (!node) return;
    node.items.delete(item);
    // Rows come and go for the life of a form; empty branches would pile up otherwise.
    for (let i = trail.length - 1; i >= 0; i--) {
      const [parent, key] = trail[i];
      const child = parent.children.get(key)!;
      if (child.items.size > 0 || child.children.size > 0) break;
      parent.children.delete(key);
    }
  }

  /** Items at `path`, above it and (unless `below` is false) below it. */
  affectedBy(
    dataType: string,
    path: string | readonly PathSegment[],
    into: Set<T> = new Set(),
    below = true,
  ): Set<T> {
    let node = this.roots.get(dataType);
    if (!node) return into;
    for (const item of node.items) into.add(item);
    for (const segment of segmentsOf(path)) {
      node = node.children.get(String(segment));
      if (!node) return into;
      for (const item of node.items) into.add(item);
    }
    if (below) collectBelow(node, into);
    return into;
  }
}

function segmentsOf(path: string | readonly PathSegment[]): readonly PathSegment[] {
  return typeof path === 'string' ? pathSegments(path) : path;
}

function collectBelow<T>(node: TrieNode<T>, into: Set<T>): void {
  for (const child of node.children.values()) {
    for (const item of child.items) into.add(item);
    collectBelow(child, into);
  }
}
