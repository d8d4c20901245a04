import type { ComponentType } from 'react';
import { onDemand } from '../../core/onDemand.ts';
import type { SkjemaComponentProps, SkjemaSummaryProps } from './types.ts';

/** What a lazily loaded component module gives: how the type renders, and its own summary if it has one. */
export interface RendererModule {
  readonly render: ComponentType<SkjemaComponentProps>;
  readonly summary?: ComponentType<SkjemaSummaryProps>;
}

/**
 * A type's renderer, fetched the first time a form needs it (a dynamic `import()`, so a bundler
 * puts it in its own chunk). The form awaits `load()` for every type of a page before rendering
 * the page, so rendering itself stays synchronous.
 */
export interface LazyRenderer {
  /**
   * Starts loading (once; again after a failure) and settles when the module is loaded or has
   * failed. It never rejects: a failed type shows an error in place of its components instead.
   */
  load(): Promise<void>;
  /** True once loading has settled, loaded or failed: nothing to wait for. Never false again after. */
  readonly settled: boolean;
  /** The loaded module, when it is. */
  readonly module: RendererModule | undefined;
  /** Why the last load failed, until a later one succeeds. */
  readonly error: Error | undefined;
  /** Calls `onChange` whenever loading settles; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export function createLazyRenderer(importModule: () => Promise<RendererModule>): LazyRenderer {
  const part = onDemand(importModule);
  let error: Error | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const settle = () => {
    pending = undefined;
    for (const listener of [...listeners]) listener();
  };
  return {
    load() {
      if (part.loaded()) return Promise.resolve();
      pending ??= part.load().then(
        () => {
          error = undefined;
          settle();
        },
        (reason: unknown) => {
          error = reason instanceof Error ? reason : new Error(String(reason));
          settle();
        },
      );
      return pending;
    },
    // Once failed, a type stays settled while it is tried again: its components show the error
    // until a retry succeeds, and the page around them is not hidden meanwhile.
    get settled() {
      return part.loaded() !== undefined || error !== undefined;
    },
    get module() {
      return part.loaded();
    },
    get error() {
      return error;
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
