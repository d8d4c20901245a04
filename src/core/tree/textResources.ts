import { transposeField } from './transpose.ts';
import type { Site, TreeRuntime } from './runtime.ts';
import { instanceContextValue } from './instanceData.ts';
import type { TextResourceEntry } from './types.ts';

// Apps have hundreds of texts and big forms ask for them per row: index each list once.
const indexes = new WeakMap<readonly TextResourceEntry[], Map<string, TextResourceEntry>>();

function resourceById(resources: readonly TextResourceEntry[] | undefined, key: string): TextResourceEntry | undefined {
  if (!resources) return undefined;
  let index = indexes.get(resources);
  if (!index) {
    index = new Map(
      resources
        .filter((resource) => resource && typeof resource.id === 'string')
        .map((resource) => [resource.id, resource]),
    );
    indexes.set(resources, index);
  }
  return index.get(key);
}

// A text whose value names another text resolves to that one; a cycle must not hang the form.
const MAX_INDIRECTIONS = 10;

/**
 * A text resource with its `{n}` variables filled from the data model (relative to the row the
 * expression runs in), the instance or applicationsettings; undefined when there is no such key.
 * Missing values fall back to the variable's `defaultValue`, else the variable key itself. A value
 * that is itself a text key is resolved again (§6), and built-in texts are the last resort.
 */
export function resolveTextResource(runtime: TreeRuntime, site: Site, key: string): string | undefined {
  let current: string | undefined;
  let lookup = key;
  for (let step = 0; step < MAX_INDIRECTIONS; step++) {
    const next = lookupOnce(runtime, site, lookup);
    if (next === undefined || next === lookup) return next ?? current;
    current = next;
    lookup = next;
  }
  return current;
}

function lookupOnce(runtime: TreeRuntime, site: Site, key: string): string | undefined {
  const resource = resourceById(runtime.environment.textResources, key);
  if (!resource) {
    const builtin = runtime.environment.builtinTexts;
    return builtin && Object.hasOwn(builtin, key) ? builtin[key] : undefined;
  }
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
