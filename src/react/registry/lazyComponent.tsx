import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { RendererNotLoaded } from '../render/RendererNotLoaded.tsx';
import { createLazyRenderer, type LazyRenderer, type RendererModule } from './lazyRenderer.ts';
import type { ComponentDefinition } from './types.ts';

/** A component definition whose renderer is imported when a form first needs the type. */
export interface LazyComponentSpec extends Omit<ComponentDefinition, 'render' | 'summary' | 'lazyRenderer'> {
  /**
   * Imports the renderer, e.g. `() => import('./OrgLookup.tsx').then((m) => ({ render: m.OrgLookup }))`.
   * A bundler puts what only this import reaches in a chunk of its own.
   */
  load: () => Promise<RendererModule>;
  /**
   * Whether the loaded module has a `summary`: Summary and Summary2 need to know before it loads,
   * since a type with its own summary is always listed.
   */
  hasSummary?: boolean;
}

/**
 * A definition that registers like any other, but whose renderer (and summary) is loaded on
 * demand: the form loads the renderers of a page's types before it shows the page, and of the
 * form's other types in the background. What the engine knows of the type (category, bindings,
 * validation, `showsOwnErrors`) stays in the definition and is known at once.
 */
export function lazyComponent(spec: LazyComponentSpec): ComponentDefinition {
  const { load, hasSummary, ...rest } = spec;
  const renderer = createLazyRenderer(load);
  const PendingRender = pendingComponent(renderer, spec.type, (module) => module.render);
  const PendingSummary = pendingComponent(renderer, spec.type, (module) => module.summary);
  // Getters, so that once the module is loaded the renderer gets the real components directly:
  // no wrapper per field.
  return Object.defineProperties(
    { ...rest, lazyRenderer: renderer },
    {
      render: { enumerable: true, get: () => renderer.module?.render ?? PendingRender },
      summary: {
        enumerable: true,
        get: () => (hasSummary ? (renderer.module?.summary ?? PendingSummary) : undefined),
      },
    },
  ) as ComponentDefinition;
}

/**
 * Stands in for a component whose renderer is not loaded yet (a type the page's preload did not
 * foresee): it starts the load, shows nothing meanwhile, and then the component, or an error
 * naming it if the load failed.
 */
function pendingComponent<P extends { node: FormNode }>(
  renderer: LazyRenderer,
  type: string,
  pick: (module: RendererModule) => ComponentType<P> | undefined,
): ComponentType<P> {
  function Pending(props: P) {
    const module = useSyncExternalStore(renderer.subscribe, () => renderer.module);
    const error = useSyncExternalStore(renderer.subscribe, () => renderer.error);
    useEffect(() => void renderer.load(), []);
    const Loaded = module && pick(module);
    if (Loaded) return <Loaded {...props} />;
    if (error) return <RendererNotLoaded node={props.node} error={error} />;
    return null;
  }
  Pending.displayName = `Pending(${type})`;
  return Pending;
}
