/**
 * A jsdom window installed as Node's global `window`, `document` and DOM classes, so React and the
 * components (which read `window.matchMedia`, `document.getElementById`, `HTMLElement`…) run
 * unchanged. Installed once per command and removed again, so a test runner's other files in the
 * same worker see the Node globals they had.
 */
export interface DomEnvironment {
  readonly document: Document;
  close(): void;
}

/**
 * Node has its own versions of these; DOM code dispatching events on jsdom nodes needs jsdom's,
 * which check that the event belongs to their window.
 */
const REPLACED = ['Event', 'EventTarget', 'CustomEvent'];

export async function openDomEnvironment(): Promise<DomEnvironment> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // Silent: jsdom's "not implemented" notices (scrollTo, layout) say nothing about the app.
  const dom = new JSDOM('<!doctype html><html lang="nb"><head></head><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
  });
  const window = dom.window as unknown as Window & Record<string, unknown>;
  const global = globalThis as unknown as Record<string, unknown>;
  const previous = new Map<string, PropertyDescriptor | undefined>();
  const install = (key: string, value: unknown) => {
    if (!previous.has(key)) previous.set(key, Object.getOwnPropertyDescriptor(global, key));
    Object.defineProperty(global, key, { value, configurable: true, writable: true, enumerable: false });
  };
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key.startsWith('_')) continue;
    if (key in global && !REPLACED.includes(key)) continue;
    install(key, window[key]);
  }
  install('window', window);
  install('self', window);
  install('document', window.document);
  install('navigator', window.navigator);
  // jsdom has no CSS namespace; the popover polyfill and our focus code escape selectors with it.
  if (!('CSS' in global)) install('CSS', { escape: cssEscape, supports: () => false });
  return {
    document: window.document,
    close() {
      for (const [key, descriptor] of previous) {
        if (descriptor) Object.defineProperty(global, key, descriptor);
        else delete global[key];
      }
      previous.clear();
      dom.window.close();
    },
  };
}

/** `CSS.escape` as the CSSOM spec defines it (serialize an identifier). */
export function cssEscape(value: string): string {
  let result = '';
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const char = value.charAt(index);
    if (code === 0) result += '\uFFFD';
    else if (
      (code >= 0x1 && code <= 0x1f) ||
      code === 0x7f ||
      (index === 0 && code >= 0x30 && code <= 0x39) ||
      (index === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)
    ) {
      result += `\\${code.toString(16)} `;
    } else if (index === 0 && value.length === 1 && code === 0x2d) result += `\\${char}`;
    else if (code >= 0x80 || code === 0x2d || code === 0x5f || /[0-9A-Za-z]/.test(char)) result += char;
    else result += `\\${char}`;
  }
  return result;
}
