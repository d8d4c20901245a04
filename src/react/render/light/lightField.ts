import type { FormNode } from '../../../core/form/index.ts';

/**
 * Whether a node of a page far below its top may first render as a light field: an Input with a
 * title and a value and nothing else a light field could not show the same way (affixes,
 * formatting, description, help, columns, a prefill note, a second binding).
 */
export function mayRenderLight(node: FormNode, wasPrefilled: (node: FormNode) => boolean): boolean {
  if (node.type !== 'Input') return false;
  const component = node.component as {
    formatting?: unknown;
    variant?: unknown;
    grid?: unknown;
    textResourceBindings?: Record<string, unknown>;
  };
  if (component.formatting !== undefined || component.grid !== undefined) return false;
  if (component.variant !== undefined && component.variant !== 'text') return false;
  const texts = Object.keys(component.textResourceBindings ?? {});
  if (texts.length !== 1 || texts[0] !== 'title') return false;
  const bindings = Object.keys(node.bindings);
  if (bindings.length !== 1 || bindings[0] !== 'simpleBinding') return false;
  return !wasPrefilled(node);
}
