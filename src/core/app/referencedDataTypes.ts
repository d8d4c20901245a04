import type { RawLayoutFile } from './types.ts';

/**
 * Data types a layout set uses besides its default one: object bindings `{dataType, field}` and
 * three-argument `["dataModel", path, dataType]` expressions, as the reference backend finds them.
 */
export function referencedDataTypes(layouts: Readonly<Record<string, RawLayoutFile>>): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown, inBindings: boolean): void => {
    if (Array.isArray(value)) {
      if (value[0] === 'dataModel' && typeof value[2] === 'string') found.add(value[2]);
      value.forEach((item) => visit(item, false));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (inBindings && typeof record.dataType === 'string' && typeof record.field === 'string') {
      found.add(record.dataType);
      return;
    }
    for (const [key, inner] of Object.entries(record)) {
      if (key === 'dataModelBindings' && inner && typeof inner === 'object') {
        Object.values(inner).forEach((binding) => visit(binding, true));
      } else visit(inner, false);
    }
  };
  Object.values(layouts).forEach((layout) => visit(layout, false));
  return found;
}
