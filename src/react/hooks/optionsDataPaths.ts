import type { FormData } from '../../core/data/formData.ts';
import type { TextResolver } from '../../core/texts/textResolver.ts';
import { expressionReadsData } from '../../core/texts/textValues.ts';

/** What of a node's options config can make its options follow the data. */
export interface OptionsDataConfig {
  source?: { group: string; dataType?: string; label: unknown; description?: unknown; helpText?: unknown };
  optionFilter?: unknown;
}

/** The data an options list follows: nothing, one repeating group, or (not known in advance) all of it. */
export type OptionsDataPaths = { kind: 'none' } | { kind: 'group'; dataType: string; path: string } | { kind: 'all' };

/**
 * Where the options of a node can change with the data. Options from a repeating group follow that
 * group (its rows, values and the texts read inside a row); a filter or text that may read anything
 * else makes them follow every write, as before. A filter's own arguments (`value`, `argv`) are the
 * option, not the data.
 */
export function optionsDataPaths(
  config: OptionsDataConfig,
  texts: TextResolver,
  defaultDataType: string,
): OptionsDataPaths {
  const { source, optionFilter } = config;
  if (optionFilter !== undefined && filterReadsData(optionFilter)) return { kind: 'all' };
  if (!source) return { kind: 'none' };
  const dataType = source.dataType ?? defaultDataType;
  const group = source.group;
  const inGroup = (read: { dataType: string | undefined; path: string }) =>
    (read.dataType ?? defaultDataType) === dataType &&
    (read.path === group || read.path.startsWith(`${group}[`) || read.path.startsWith(`${group}.`));
  for (const text of [source.label, source.description, source.helpText]) {
    if (typeof text === 'string') {
      if (texts.hasVariables(text) && !texts.dataReads(text, { rowIndices: [0] }).every(inGroup))
        return { kind: 'all' };
    } else if (expressionReadsData(text)) return { kind: 'all' };
  }
  return { kind: 'group', dataType, path: group };
}

/** Listens where `optionsDataPaths` says. */
export function subscribeAtOptionsData(data: FormData, paths: OptionsDataPaths, onChange: () => void): () => void {
  if (paths.kind === 'all') return data.subscribe(onChange);
  if (paths.kind === 'group') return data.model(paths.dataType).subscribeAt(paths.path, onChange);
  return () => {};
}

const OPTION_ARGUMENTS = new Set(['value', 'argv']);

function filterReadsData(expression: unknown): boolean {
  const pending: unknown[] = [expression];
  while (pending.length > 0) {
    const item = pending.pop();
    if (!Array.isArray(item)) continue;
    const [name, ...args] = item;
    if (typeof name === 'string' && !OPTION_ARGUMENTS.has(name) && expressionReadsData([name])) return true;
    for (const part of args) pending.push(part);
  }
  return false;
}
