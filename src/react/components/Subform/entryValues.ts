import { useMemo } from 'react';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import { getAtPath } from '../../../core/data/path.ts';
import { createFormEngine, type FormEngine } from '../../../core/form/index.ts';
import type { SubformEntry } from '../../../core/services/subformEntries.ts';

/** Reads a value about an entry (a cell, its display name): text, or undefined when there is none. */
export type EntryValueReader = (entry: SubformEntry, value: unknown, query?: string) => string | undefined;

/**
 * Values written about a subform entry (`cellContent.value`/`query`, `entryDisplayName`), read
 * from the entry's data. With the subform's layout set any expression is evaluated as the
 * entry's own form would (`["component", …]`, `["text", …]`); without it only `query` and a plain
 * `["dataModel", path]` can be read. A string value that is no expression is returned as is (a
 * text key for the caller to resolve).
 */
export function useEntryValues(layoutSet: LoadedLayoutSet | undefined, language: string): EntryValueReader {
  return useMemo(() => entryValueReader(layoutSet, language), [layoutSet, language]);
}

function entryValueReader(layoutSet: LoadedLayoutSet | undefined, language: string): EntryValueReader {
  // One headless form per entry data, built only when an expression needs it.
  const engines = new WeakMap<SubformEntry['data'], FormEngine>();
  const engineOf = (entry: SubformEntry, set: LoadedLayoutSet) => {
    let engine = engines.get(entry.data);
    if (!engine) {
      engine = createFormEngine({ layoutSet: set, initialData: entry.data, language });
      engines.set(entry.data, engine);
    }
    return engine;
  };
  return (entry, value, query) => {
    if (typeof query === 'string') return textOf(getAtPath(entry.data, query));
    if (typeof value === 'string') return value === '' ? undefined : value;
    if (!Array.isArray(value)) return undefined;
    if (!layoutSet) {
      return value[0] === 'dataModel' && typeof value[1] === 'string' && value.length === 2
        ? textOf(getAtPath(entry.data, value[1]))
        : undefined;
    }
    const engine = engineOf(entry, layoutSet);
    const page = layoutSet.pageOrder[0] ?? Object.keys(layoutSet.layouts)[0];
    const { value: result } = engine.tree.evaluateAt({ page }, value, 'string', null);
    return textOf(result);
  };
}

function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  const text = String(value);
  return text === '' ? undefined : text;
}
