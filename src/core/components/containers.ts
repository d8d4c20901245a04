import { joinPointer } from '../diagnostics.ts';
import { likertItemFor } from '../layout/likert.ts';
import type { LayoutNode } from '../tree/types.ts';
import { gridRowReferences, idList, objectList } from './children.ts';
import type { ComponentRuleFinding, ComponentTypeDefinition } from './definition.ts';

/** `minCount` and `maxCount` of a repeating group's rows. */
function rowCount(node: LayoutNode): ComponentRuleFinding[] {
  const rows = node.rows?.length ?? 0;
  const min = node.component.minCount;
  const max = node.component.maxCount;
  if (typeof min === 'number' && rows < min)
    return [{ textKey: 'validation_errors.minItems', params: [String(min)], bindingKey: 'group' }];
  if (typeof max === 'number' && rows > max)
    return [{ textKey: 'validation_errors.maxItems', params: [String(max)], bindingKey: 'group' }];
  return [];
}

/** A Likert's `filter`: `start` (inclusive) and `stop` (exclusive) row indexes, when given as numbers. */
function withinLikertFilter(filter: unknown, index: number): boolean {
  if (!Array.isArray(filter)) return true;
  let start = 0;
  let stop = Infinity;
  for (const rule of filter) {
    if (rule === null || typeof rule !== 'object') continue;
    const { key, value } = rule as { key?: unknown; value?: unknown };
    const number = Number(value);
    if (!Number.isFinite(number)) continue;
    if (key === 'start') start = number;
    if (key === 'stop') stop = number;
  }
  return index >= start && index < stop;
}

const container = (...types: string[]): ComponentTypeDefinition[] =>
  types.map((type) => ({ type, category: 'container' }));

/** Components that hold other components: groups, repeating groups, grids, tabs, cards, Likert. */
export const containerTypes: readonly ComponentTypeDefinition[] = [
  {
    type: 'RepeatingGroup',
    category: 'container',
    bindings: { rows: 'group' },
    children: (component) => [
      ...idList(component.children, ['children'], 'row', true),
      ...gridRowReferences(component.rowsBefore, 'rowsBefore'),
      ...gridRowReferences(component.rowsAfter, 'rowsAfter'),
    ],
    rules: rowCount,
    childHidden: (component, childId) => {
      const edit = component.edit as { mode?: unknown } | undefined;
      const columns = component.tableColumns as
        Record<string, { showInExpandedEdit?: unknown } | undefined> | undefined;
      return edit?.mode === 'hideTable' && columns?.[childId]?.showInExpandedEdit === false;
    },
  },
  {
    type: 'Grid',
    category: 'container',
    children: (component) => gridRowReferences(component.rows, 'rows'),
  },
  {
    type: 'Tabs',
    category: 'container',
    children: (component) =>
      objectList(component.tabs).flatMap(({ item, index }) =>
        idList(item.children, ['tabs', index, 'children'], 'static'),
      ),
  },
  {
    type: 'Cards',
    category: 'container',
    children: (component) =>
      objectList(component.cards).flatMap(({ item, index }) => [
        ...(typeof item.media === 'string'
          ? [{ id: item.media, relativePointer: joinPointer('cards', index, 'media'), placement: 'static' as const }]
          : []),
        ...idList(item.children, ['cards', index, 'children'], 'static'),
      ]),
  },
  {
    // Its rows are LikertItem components made from it (one per question), not children it names;
    // they carry its `required`, as its `answer` binding is a pattern for theirs.
    type: 'Likert',
    category: 'container',
    bindings: { rows: 'questions' },
    children: () => [],
    required: () => [],
    rowComponent: likertItemFor,
    rowHidden: (component, rowIndex) => !withinLikertFilter(component.filter, rowIndex),
  },
  ...container('Group', 'Accordion', 'AccordionGroup', 'ButtonGroup'),
];
