import * as nodeModule from 'node:module';
import type { PageRenderer } from '../cli/check.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { ComponentRegistry } from '../react/registry/ComponentRegistry.ts';
import type { ComponentDefinition } from '../react/registry/types.ts';
import { openDomEnvironment, type DomEnvironment } from './domEnvironment.ts';
import { registerRenderHooks } from './loaderHooks.ts';

/** A page renderer with a lifetime: loading can start early, and the window is closed at the end. */
export interface RenderingService {
  renderPages: PageRenderer;
  /** Starts loading jsdom, React and the components without waiting for it. */
  prepare(): void;
  /** Removes the DOM globals and closes the window; rendering again opens a new one. */
  close(): Promise<void>;
}

export interface PageRendererOptions {
  /** Component types to add or replace (tests use it to plant a failing component). */
  components?: readonly ComponentDefinition[];
  /** A registry instead of the built-in one. */
  registry?: ComponentRegistry;
}

type RenderModule = typeof import('../react/headless/renderPagesCheck.tsx');

/**
 * Renders in this thread. jsdom, React and the components are loaded on first use, not before:
 * `--no-render`, `--help` and bad usage stay as fast as the static checks. One window serves every
 * page of every layout set, and layout sets are rendered one at a time, in the order asked.
 */
export function createPageRenderer(options: PageRendererOptions = {}): RenderingService {
  let environment: DomEnvironment | undefined;
  let loading: Promise<RenderModule | Error> | undefined;
  let unavailableReported = false;
  // act() and the console capture are global: two layout sets must not render at once.
  let queue: Promise<unknown> = Promise.resolve();
  const load = () => {
    loading ??= (async () => {
      try {
        // Compiling jsdom, React and Designsystemet is much of the cost of this step; Node 22.1+
        // can keep the compiled code between runs (Node 20 has no such cache and skips this).
        (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
        // The globals first: react-dom decides at load time whether it runs with a DOM.
        environment ??= await openDomEnvironment();
        // The built render worker bundles React and Designsystemet, so it needs no module hooks.
        if (process.env.SKJEMA_RENDER_BUNDLED !== '1') registerRenderHooks();
        return await import('../react/headless/renderPagesCheck.tsx');
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    })();
    return loading;
  };
  const render: PageRenderer = async (layoutSet) => {
    const loaded = await load();
    if (loaded instanceof Error) {
      if (unavailableReported) return { pages: 0, diagnostics: [] };
      unavailableReported = true;
      return { pages: 0, diagnostics: [unavailable(loaded)] };
    }
    environment ??= await openDomEnvironment();
    try {
      return await loaded.renderPagesCheck(layoutSet, {
        document: environment.document,
        components: options.components,
        registry: options.registry,
      });
    } catch (error) {
      return { pages: 0, diagnostics: [renderFailed(layoutSet.id, error)] };
    }
  };
  return {
    renderPages: (layoutSet) => {
      const rendered = queue.then(() => render(layoutSet));
      queue = rendered;
      return rendered;
    },
    prepare: () => void load(),
    close: async () => {
      await queue;
      environment?.close();
      environment = undefined;
    },
  };
}

function unavailable(error: Error): Diagnostic {
  return {
    severity: 'warning',
    code: 'render-unavailable',
    message: `Pages were not rendered (${error.message}). Install react, react-dom, @digdir/designsystemet-react, i18next and react-i18next beside skjema, or pass --no-render.`,
  };
}

/** The renderer itself failed (not a component or a page): a bug in skjema rather than in the app. */
export function renderFailed(layoutSetId: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    severity: 'error',
    code: 'render-failed',
    message: `Rendering layout set "${layoutSetId}" failed: ${message}`,
  };
}
