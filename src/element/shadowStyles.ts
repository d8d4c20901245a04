/**
 * The form's styles inside its shadow root: Designsystemet's CSS, its theme and skjema's own,
 * built into `skjema-form-shadow.css` beside the script (vite.element.config.ts). A `<link>` in the
 * shadow root is a stylesheet of the page's own origin, allowed by `style-src 'self'`; the browser
 * parses it once however many forms the page has.
 */
const SHADOW_STYLESHEET = 'skjema-form-shadow.css';

export function attachShadowStyles(shadow: ShadowRoot, content: HTMLElement): void {
  registerRootSize();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(SHADOW_STYLESHEET, import.meta.url).href;
  // Unstyled, the form would flash as plain HTML; it shows once its styles are in (or failed).
  content.style.visibility = 'hidden';
  const show = () => content.style.removeProperty('visibility');
  link.addEventListener('load', show, { once: true });
  link.addEventListener('error', show, { once: true });
  shadow.append(link);
}

/**
 * `rem` is the page's root font size, which a host page may have changed (`html { font-size: 10px }`
 * makes every Designsystemet size smaller). The shadow stylesheet says `var(--skjema-rem)` instead,
 * and the form's outermost box sets it to `1em` of the user's default size (`font-size: medium`);
 * registered as a length, it is computed there to pixels and inherited as such, not re-read against
 * each element's own font size.
 */
function registerRootSize(): void {
  try {
    CSS.registerProperty({ name: '--skjema-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Registered already (another copy of the element, or a second element).
  }
}
