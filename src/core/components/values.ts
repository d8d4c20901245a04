import type { LayoutNode } from '../tree/types.ts';
import type { DisplayValueContext } from './definition.ts';

/** Every filled bound value, comma-separated: the display value of types with nothing better to say. */
export function joinedBoundValues(node: LayoutNode, context: DisplayValueContext): string {
  return Object.keys(node.bindings).map(context.text).filter(Boolean).join(', ');
}

/** The `simpleBinding` value as the label of the option it chose. */
export function chosenOptionLabel(_node: LayoutNode, context: DisplayValueContext): string {
  const value = context.text('simpleBinding');
  return value === '' ? '' : context.optionLabel(value);
}

/** A string property of the layout JSON, or the fallback when it is missing or not a string. */
export function stringProperty(node: LayoutNode, property: string, fallback: string): string {
  const value = node.component[property];
  return typeof value === 'string' ? value : fallback;
}

/** A scalar as text; `''` for nothing, objects and arrays. */
export function asText(value: unknown): string {
  if (value === undefined || value === null || typeof value === 'object') return '';
  return String(value);
}
