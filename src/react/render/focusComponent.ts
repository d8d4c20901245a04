const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to a component's first field (or the component itself), scrolling it into view.
 * Returns false while the component is not on screen yet. `root` is the form's shadow root when it
 * renders in one (`<skjema-form>`): the document cannot see into it.
 */
export function focusComponent(nodeId: string, root: Document | ShadowRoot = document): boolean {
  const wrapper = root.querySelector<HTMLElement>(`[data-componentid="${CSS.escape(nodeId)}"]`);
  const target = wrapper?.querySelector<HTMLElement>(FOCUSABLE) ?? root.getElementById(nodeId) ?? wrapper ?? undefined;
  if (!target) return false;
  // A field inside a closed Details/Accordion cannot take focus until its section is open.
  for (let closed = target.closest('details:not([open])'); closed; closed = closed.closest('details:not([open])')) {
    (closed as HTMLDetailsElement).open = true;
  }
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return root.activeElement === target;
}
