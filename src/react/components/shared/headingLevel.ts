import type { FormNode } from '../../../core/form/index.ts';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Designsystemet's heading sizes (`data-size`) we use, largest first. */
export type HeadingSize = 'lg' | 'md' | 'sm' | 'xs' | '2xs';

/**
 * The size of a heading in the flow of a page, by its level: the form title (h1) is the largest,
 * and each level below it a step smaller, so the outline a screen reader lists is the one the eye
 * sees. Headings inside a box (an accordion's summary, a card, an alert, a dialog) keep the box's
 * own small size instead.
 */
export function headingSizeOf(level: 1 | HeadingLevel): HeadingSize {
  return SIZES[level];
}

const SIZES = { 1: 'lg', 2: 'md', 3: 'sm', 4: 'xs', 5: '2xs', 6: '2xs' } as const;

/** `level` and `data-size` for the heading of a component in the flow of the page. */
export function sectionHeadingProps(node: FormNode): { level: HeadingLevel; 'data-size': HeadingSize } {
  const level = headingLevelOf(node);
  return { level, 'data-size': headingSizeOf(level) };
}

const LEVELS: readonly number[] = [2, 3, 4, 5, 6];

/** Whether `value` is a heading level an app may set (`headingLevel` on Group and Accordion). */
export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && LEVELS.includes(value);
}

/**
 * The page title is the h1; a component's heading sits one level below the nearest container
 * around it that shows a heading of its own, so nested groups keep a valid outline. A container
 * without a heading (a Group without a title, Tabs) adds no level: its children's headings would
 * otherwise skip one.
 */
export function headingLevelOf(node: FormNode): HeadingLevel {
  for (let parent = node.parent; parent; parent = parent.parent) {
    const level = ownHeadingLevel(parent);
    if (level !== undefined) return Math.min(6, level + 1) as HeadingLevel;
  }
  return 2;
}

/** Containers whose `title` is a heading above their children (their components render it so). */
const TITLED_CONTAINERS = new Set(['Group', 'RepeatingGroup', 'Likert', 'Grid', 'AccordionGroup']);

/** The level of the heading `node` shows above its children, if it shows one. */
function ownHeadingLevel(node: FormNode): HeadingLevel | undefined {
  const { headingLevel } = node.component as { headingLevel?: unknown };
  // An Accordion's summary is always a heading (its title, or its id when it has none).
  if (node.type === 'Accordion') return isHeadingLevel(headingLevel) ? headingLevel : headingLevelOf(node);
  if (node.type === 'Cards') return hasCardTitles(node) ? headingLevelOf(node) : undefined;
  if (!TITLED_CONTAINERS.has(node.type) || !node.component.textResourceBindings?.title) return undefined;
  if (node.type === 'Group' && isHeadingLevel(headingLevel)) return headingLevel;
  return headingLevelOf(node);
}

function hasCardTitles(node: FormNode): boolean {
  const { cards } = node.component as { cards?: unknown };
  return Array.isArray(cards) && cards.some((card) => typeof (card as { title?: unknown } | null)?.title === 'string');
}
