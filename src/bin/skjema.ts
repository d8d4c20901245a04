import { createPageRenderer } from './pageRenderer.ts';
import { previewPage } from './previewPage.ts';
import { createWorkerRenderer } from './workerRenderer.ts';

/*
 * The `skjema` command. The CLI may not depend on the React renderer (docs/architecture.md), so
 * this composition root hands it one.
 */
const argv = process.argv.slice(2);
// React's production build renders the pages about a fifth faster than its development build;
// the development build's extra warnings are about skjema's own markup, not the app checked.
// React picks its build when first loaded (here or in the render worker, which inherits this).
// `preview` is left alone: from source it serves its page through Vite, which wants development.
if (argv[0] !== 'preview') process.env.NODE_ENV ??= 'production';
// From source (tsx) a worker thread would not get tsx's loader, so rendering stays in this thread.
const renderer = import.meta.url.endsWith('.ts') ? createPageRenderer() : createWorkerRenderer();
// The render worker needs seconds to load jsdom and React: when `check` will most likely render,
// it starts before the CLI itself is loaded. The CLI still decides (and tells it to start too).
if (argv[0] === 'check' && !argv.some((arg) => ['--no-render', '--help', '-h'].includes(arg))) renderer.prepare();
try {
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(argv, console.log, console.error, {
    renderPages: renderer.renderPages,
    prepareRendering: renderer.prepare,
    preview: { createFrontend: previewPage },
  });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await renderer.close();
}
