import type { FormNode } from '../../../core/form/index.ts';

/** What a Summary2 `overrides` entry may change for one component, or for every component of a type. */
export interface SummaryOverride {
  componentId?: string;
  componentType?: string;
  hidden?: boolean;
  /** Keep the field even when empty and `hideEmptyFields` is on (older layouts write this). */
  forceShow?: boolean;
  /** Text key (or text) shown instead of "Ikke besvart". */
  emptyFieldText?: string;
  isCompact?: boolean;
  /** Checkboxes and MultipleSelect: each chosen option on its own line, or one comma-separated line. */
  displayType?: 'list' | 'string';
  /** RepeatingGroup (and Subform): rows as a table, or each row in full. */
  display?: 'table' | 'full';
  /** Grid: leave out cells that are empty. */
  hideEmptyRows?: boolean;
}

/** The component overrides and the pages a summary leaves out, read from its `overrides`. */
export interface SummaryOverrides {
  components: readonly SummaryOverride[];
  hiddenPages: ReadonlySet<string>;
}

export const NO_OVERRIDES: SummaryOverrides = { components: [], hiddenPages: new Set() };

const optional = <T>(value: unknown, valid: (value: unknown) => value is T): T | undefined =>
  valid(value) ? value : undefined;
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const oneOf =
  <T extends string>(...allowed: T[]) =>
  (value: unknown): value is T =>
    allowed.includes(value as T);

/** Reads `overrides` as written in a layout; entries that name neither a component, a type nor a page are ignored. */
export function parseOverrides(raw: unknown): SummaryOverrides {
  if (!Array.isArray(raw)) return NO_OVERRIDES;
  const components: SummaryOverride[] = [];
  const hiddenPages = new Set<string>();
  for (const entry of raw as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const record = entry as Record<string, unknown>;
    if (isString(record.pageId)) {
      if (record.hidden === true) hiddenPages.add(record.pageId);
      continue;
    }
    const override: SummaryOverride = {
      componentId: optional(record.componentId, isString),
      componentType: optional(record.componentType, isString),
      hidden: optional(record.hidden, isBoolean),
      forceShow: optional(record.forceShow, isBoolean),
      emptyFieldText: optional(record.emptyFieldText, isString),
      isCompact: optional(record.isCompact, isBoolean),
      displayType: optional(record.displayType, oneOf('list', 'string')),
      display: optional(record.display, oneOf('table', 'full')),
      hideEmptyRows: optional(record.hideEmptyRows, isBoolean),
    };
    if (override.componentId !== undefined || override.componentType !== undefined) components.push(override);
  }
  return { components, hiddenPages };
}

/**
 * The override that applies to a node: one for its type, then one naming it (by base id, so it
 * reaches every row of a repeating group, or by indexed id for one row), later settings winning.
 */
export function overrideFor(node: FormNode, overrides: SummaryOverrides): SummaryOverride {
  let merged: SummaryOverride = {};
  const apply = (matches: (override: SummaryOverride) => boolean) => {
    for (const override of overrides.components) if (matches(override)) merged = { ...merged, ...defined(override) };
  };
  apply((override) => override.componentId === undefined && override.componentType === node.type);
  apply((override) => override.componentId === node.baseId);
  if (node.id !== node.baseId) apply((override) => override.componentId === node.id);
  return merged;
}

function defined(override: SummaryOverride): SummaryOverride {
  return Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));
}
