import type { RawLayoutFile } from './types.ts';

/**
 * Data types a layout set uses besides its default one: object bindings `{dataType, field}` and
 * three-argument `["dataModel", path, dataType]` expressions, as the reference backend finds them.
 * The walk keeps its own stack: how deep it goes is up to the app's files.
 */
export function referencedDataTypes(layouts: Readonly<Record<string, RawLayoutFile>>): Set<string> {
  const found = new Set<string>();
  // Pushed in reverse, so that types are found in the order they are written.
  const stack: { value: unknown; inBindings: boolean }[] = Object.values(layouts)
    .reverse()
    .map((value) => ({ value, inBindings: false }));
  while (stack.length > 0) {
    const { value, inBindings } = stack.pop()!;
    if (Array.isArray(value)) {
      if (value[0] === 'dataModel' && typeof value[2] === 'string') found.add(value[2]);
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], inBindings: false });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    if (inBindings && typeof record.dataType === 'string' && typeof record.field === 'string') {
      found.add(record.dataType);
      continue;
    }
    for (const [key, inner] of Object.entries(record).reverse()) {
      if (key === 'dataModelBindings' && inner && typeof inner === 'object') {
        for (const binding of Object.values(inner).reverse()) stack.push({ value: binding, inBindings: true });
      } else stack.push({ value: inner, inBindings: false });
    }
  }
  return found;
}
