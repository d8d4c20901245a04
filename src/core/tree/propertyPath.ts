import { joinPointer } from '../diagnostics.ts';

/** `textResourceBindings.title` → the value at that dot path of a component. */
export function propertyValue(component: Readonly<Record<string, unknown>>, property: string): unknown {
  // Most reads are a top-level key (`hidden`, `required`), made for each of 50,000 row fields at mount.
  if (!property.includes('.')) return component[property];
  let current: unknown = component;
  for (const key of property.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `textResourceBindings.title` → `/textResourceBindings/title`. */
export function propertyPointer(property: string): string {
  return joinPointer(...property.split('.'));
}
