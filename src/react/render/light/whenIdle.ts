/** Runs `task` when the browser is idle (or soon, where it cannot tell); returns its cancellation. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 20);
  return () => clearTimeout(handle);
}

/**
 * `whenIdle` once the next frame has been drawn: the idle time right after a render comes before
 * that frame, and work in it would put off showing what was rendered.
 */
export function whenIdleAfterFrame(task: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') return whenIdle(task);
  let cancel = () => {};
  const frame = requestAnimationFrame(() => {
    cancel = whenIdle(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancel();
  };
}
