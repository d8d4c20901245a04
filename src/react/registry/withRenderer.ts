import type { ComponentType } from 'react';
import { builtinComponentTypes } from '../../core/components/builtin.ts';
import type { ComponentDefinition, SkjemaComponentProps } from './types.ts';

type RendererParts = Pick<ComponentDefinition, 'showsOwnErrors' | 'summary'>;

/**
 * A built-in type's definition: its core definition (what the engine knows of it) with how it
 * renders added. `as` registers the same definition under another name (v9's `Heading`).
 */
export function withRenderer(
  type: string,
  render: ComponentType<SkjemaComponentProps>,
  parts: RendererParts = {},
  as: string = type,
): ComponentDefinition {
  const core = builtinComponentTypes.get(type);
  if (!core?.category) throw new Error(`${type} is not a built-in component type with a category`);
  return { ...core, category: core.category, type: as, render, ...parts };
}
