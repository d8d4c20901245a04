const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to a component's first field (or the component itself), scrolling it into view.
 * Returns false while the component is not on screen yet.
 */
export function focusComponent(nodeId: string): boolean {
  const wrapper = document.querySelector<HTMLElement>(`[data-componentid="${CSS.escape(nodeId)}"]`);
  const target =
    wrapper?.querySelector<HTMLElement>(FOCUSABLE) ?? document.getElementById(nodeId) ?? wrapper ?? undefined;
  if (!target) return false;
  // A field inside a closed Details/Accordion cannot take focus until its section is open.
  for (let closed = target.closest('details:not([open])'); closed; closed = closed.closest('details:not([open])')) {
    (closed as HTMLDetailsElement).open = true;
  }
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return document.activeElement === target;
}
