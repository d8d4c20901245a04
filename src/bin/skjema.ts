import { main } from '../cli/main.ts';
import { createPageRenderer } from './pageRenderer.ts';
import { createWorkerRenderer } from './workerRenderer.ts';

/*
 * The `skjema` command. The CLI may not depend on the React renderer (docs/architecture.md), so
 * this composition root hands it one. The renderer's worker starts only when `check` will render.
 */
// From source (tsx) a worker thread would not get tsx's loader, so rendering stays in this thread.
const renderer = import.meta.url.endsWith('.ts') ? createPageRenderer() : createWorkerRenderer();
try {
  process.exitCode = await main(process.argv.slice(2), console.log, console.error, {
    renderPages: renderer.renderPages,
    prepareRendering: renderer.prepare,
  });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await renderer.close();
}
