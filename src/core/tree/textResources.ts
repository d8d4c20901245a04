import { transposeField } from './transpose.ts';
import type { Site, TreeRuntime } from './runtime.ts';
import { instanceContextValue } from './instanceData.ts';

/**
 * A text resource with its `{n}` variables filled from the data model (relative to the row the
 * expression runs in), the instance or applicationsettings; undefined when there is no such key.
 * Missing values fall back to the variable's `defaultValue`, else the variable key itself.
 */
export function resolveTextResource(runtime: TreeRuntime, site: Site, key: string): string | undefined {
  const resource = runtime.environment.textResources?.find((candidate) => candidate.id === key);
  if (!resource) return undefined;
  const variables = resource.variables ?? [];
  if (variables.length === 0) return String(resource.value ?? '');
  const values = variables.map((variable) => {
    const value = readVariable(runtime, site, variable.dataSource, variable.key);
    if (value === undefined || value === null || value === '' || typeof value === 'object')
      return variable.defaultValue ?? variable.key;
    return String(value);
  });
  return String(resource.value ?? '').replace(/\{(\d+)\}/g, (match, index: string) => values[Number(index)] ?? match);
}

function readVariable(runtime: TreeRuntime, site: Site, dataSource: string, key: string): unknown {
  if (dataSource.startsWith('dataModel.')) {
    const named = dataSource.slice('dataModel.'.length);
    const dataType = named === 'default' ? runtime.defaultDataType : named;
    if (!runtime.stores[dataType]) return undefined;
    return runtime.readData(dataType, variablePath(key, site, dataType));
  }
  if (dataSource === 'instanceContext') return instanceContextValue(runtime.environment, key);
  if (dataSource === 'applicationSettings') return runtime.environment.frontendSettings?.[key];
  return undefined;
}

/**
 * `[{0}]` index markers are dropped and the key is transposed against the row the expression runs
 * in, as the reference does; both marked and unmarked keys thus read the current row.
 */
function variablePath(key: string, site: Site, dataType: string): string {
  const path = key.replace(/\[\{\d+\}\]/g, '');
  return site.location && site.location.dataType === dataType ? transposeField(path, site.location.path) : path;
}
