import type { FormNode } from '../../../core/form/index.ts';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The page title is the h1; a container's heading sits one level below each container around it,
 * so nested groups keep a valid heading outline.
 */
export function headingLevelOf(node: FormNode): HeadingLevel {
  let depth = 0;
  for (let parent = node.parent; parent; parent = parent.parent) depth++;
  return Math.min(6, 2 + depth) as HeadingLevel;
}
