/** Runs `task` when the browser is idle (or soon, where it cannot tell); returns its cancellation. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 20);
  return () => clearTimeout(handle);
}
