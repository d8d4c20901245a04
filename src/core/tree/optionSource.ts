import { isExpression } from '../expressions/index.ts';
import type { LayoutNodeImpl } from './layoutNode.ts';
import type { TreeRuntime } from './runtime.ts';
import { resolveTextResource } from './textResources.ts';
import { transposeField } from './transpose.ts';
import type { CodeListOption } from './types.ts';

interface OptionSource {
  readonly group: string;
  readonly value: string;
  readonly label: unknown;
  readonly dataType?: string;
}

function isOptionSource(value: unknown): value is OptionSource {
  if (value === null || typeof value !== 'object') return false;
  const { group, value: path } = value as { group?: unknown; value?: unknown };
  return typeof group === 'string' && typeof path === 'string';
}

/**
 * Options built from a repeating group's rows (`source`, §1.5): one option per row, its value read
 * from `value` with `{0}` as the row index and its label a text key or expression evaluated in
 * that row. The whole array is read, so the options follow added, removed and edited rows.
 */
export function optionsFromSource(runtime: TreeRuntime, node: LayoutNodeImpl): CodeListOption[] | undefined {
  const source = node.component.source;
  if (!isOptionSource(source)) return undefined;
  const dataType = source.dataType ?? runtime.defaultDataType;
  if (!runtime.stores[dataType]) return [];
  const inRow = node.location?.dataType === dataType ? node.location.path : undefined;
  const groupPath = inRow ? transposeField(source.group, inRow) : source.group;
  const rows = runtime.readData(dataType, groupPath);
  if (!Array.isArray(rows)) return [];
  return rows.map((_, index) => {
    const rowPath = `${groupPath}[${index}]`;
    const valuePath = transposeField(source.value.replaceAll('{0}', String(index)), rowPath);
    const raw = runtime.readData(dataType, valuePath);
    const value =
      raw === undefined || (raw !== null && typeof raw === 'object') ? null : (raw as CodeListOption['value']);
    const site = { page: node.page, node, location: { dataType, path: rowPath } };
    const label = isExpression(source.label)
      ? runtime.evaluate(source.label, runtime.hostContext(site), 'string', '').value
      : typeof source.label === 'string'
        ? (resolveTextResource(runtime, site, source.label) ?? source.label)
        : '';
    return { value, label };
  });
}
