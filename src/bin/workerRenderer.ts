import { Worker } from 'node:worker_threads';
import type { PageRenderer } from '../cli/check.ts';
import { renderFailed, type RenderingService } from './pageRenderer.ts';
import type { RenderRequest, RenderResponse } from './renderWorker.ts';

type Result = Awaited<ReturnType<PageRenderer>>;

/**
 * Renders in a worker thread, so that loading jsdom and React and rendering the pages run on the
 * second core while this thread does the static checks: the render step then costs little more
 * than the slower of the two.
 */
export function createWorkerRenderer(): RenderingService {
  let worker: Worker | undefined;
  let stopped: Error | undefined;
  let nextId = 0;
  const pending = new Map<number, { layoutSetId: string; resolve: (result: Result) => void }>();
  const failAll = (error: unknown) => {
    for (const [id, { layoutSetId, resolve }] of pending) {
      pending.delete(id);
      resolve({ pages: 0, diagnostics: [renderFailed(layoutSetId, error)] });
    }
  };
  const start = (): Worker => {
    if (worker) return worker;
    // The worker is its own entry beside the bin in dist/. (A variable, so the bundler leaves it.)
    const file = './render-worker.js';
    const started = new Worker(new URL(file, import.meta.url));
    started.on('message', (response: RenderResponse) => {
      const { id, ...result } = response;
      pending.get(id)?.resolve(result);
      pending.delete(id);
    });
    started.on('error', (error) => {
      stopped = error;
      failAll(error);
    });
    started.on('exit', (code) => {
      stopped ??= new Error(`The render worker stopped (exit code ${code}).`);
      failAll(stopped);
    });
    worker = started;
    return started;
  };
  return {
    prepare: () => void start(),
    renderPages: (layoutSet) =>
      new Promise<Result>((resolve) => {
        if (stopped) return resolve({ pages: 0, diagnostics: [renderFailed(layoutSet.id, stopped)] });
        const id = nextId++;
        pending.set(id, { layoutSetId: layoutSet.id, resolve });
        const request: RenderRequest = { id, layoutSet };
        start().postMessage(request);
      }),
    close: async () => {
      const running = worker;
      worker = undefined;
      await running?.terminate();
    },
  };
}
