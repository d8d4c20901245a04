import { builtinComponentTypes } from '../../core/components/builtin.ts';
import { lazyComponent } from './lazyComponent.tsx';
import type { RendererModule } from './lazyRenderer.ts';
import type { ComponentDefinition } from './types.ts';

/** What the renderer layer reads of a type before its renderer is loaded. */
interface EagerParts {
  readonly showsOwnErrors?: boolean;
  readonly hasSummary?: boolean;
}

/**
 * A built-in type's definition: its core definition (what the engine knows of it) with its
 * renderer imported on demand, so a form loads the code of the types it uses only. `as` registers
 * the same definition under another name (v9's `Heading`).
 */
export function withLazyRenderer(
  type: string,
  load: () => Promise<RendererModule>,
  parts: EagerParts = {},
  as: string = type,
): ComponentDefinition {
  const core = builtinComponentTypes.get(type);
  if (!core?.category) throw new Error(`${type} is not a built-in component type with a category`);
  return lazyComponent({ ...core, category: core.category, type: as, load, ...parts });
}
