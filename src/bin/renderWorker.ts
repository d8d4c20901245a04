import { parentPort } from 'node:worker_threads';
import type { LoadedLayoutSet } from '../core/app/types.ts';
import { createPageRenderer } from './pageRenderer.ts';

/** Messages between the `skjema check` main thread and this worker. */
export interface RenderRequest {
  id: number;
  layoutSet: LoadedLayoutSet;
}

export type RenderResponse = { id: number } & Awaited<ReturnType<ReturnType<typeof createPageRenderer>['renderPages']>>;

// The worker exists to render: loading starts at once, while the main thread runs the static checks.
const renderer = createPageRenderer();
renderer.prepare();
parentPort?.on('message', (request: RenderRequest) => {
  void renderer.renderPages(request.layoutSet).then((result) => {
    const response: RenderResponse = { id: request.id, ...result };
    parentPort?.postMessage(response);
  });
});
