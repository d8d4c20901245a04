import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { AltinnAppProps } from '../react/app/AltinnApp.tsx';
import { ElementView, type ElementSource } from './ElementView.tsx';
import type { SkjemaFormEventMap } from './events.ts';
import type { SkjemaElementApp } from './loadElementApp.ts';
import { attachShadowStyles } from './shadowStyles.ts';

type Auth = Extract<AltinnAppProps, { baseUrl: string }>['auth'];

const OBSERVED = ['src', 'base-url', 'org', 'app', 'instance', 'language', 'readonly'] as const;

/**
 * `<skjema-form>`: an Altinn app's form on a page without React. The app comes as files (`app`
 * property), as a JSON bundle (`src`), or from its backend (`base-url`, `org`, `app`, `instance`).
 * It renders into its own shadow root with its own styles, so the page's CSS and the form's do not
 * meet, and tells the page what happens through bubbling DOM events (`skjema-submit`, `skjema-save`,
 * `skjema-validation`, `skjema-process`, `skjema-error`).
 */
export class SkjemaFormElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = OBSERVED;

  #app: SkjemaElementApp | undefined;
  #data: unknown;
  #auth: Auth = { kind: 'cookie' };
  #root: Root | undefined;
  #container: HTMLDivElement;
  #source: ElementSource = { kind: 'none' };
  #renderQueued = false;
  #unmountQueued = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#container = document.createElement('div');
    this.#container.className = 'skjema-element-root';
    attachShadowStyles(shadow, this.#container);
    shadow.append(this.#container);
    // A page may set properties before the script has defined the element; those landed on the
    // plain element and would hide the accessors below.
    for (const property of ['app', 'data', 'auth', 'language', 'readOnly'] as const) {
      if (!Object.prototype.hasOwnProperty.call(this, property)) continue;
      const value: unknown = this[property];
      delete (this as Partial<Record<typeof property, unknown>>)[property];
      (this as Record<typeof property, unknown>)[property] = value;
    }
  }

  /** The app as files, `{ files, validators? }`; wins over `src` and `base-url`. */
  get app(): SkjemaElementApp | undefined {
    return this.#app;
  }
  set app(value: SkjemaElementApp | undefined) {
    this.#app = value;
    this.#update();
  }

  /** Initial content of the default data model (standalone); a new value starts the form anew with it. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    this.#data = value;
    this.#update();
  }

  /** How connected mode signs in: `{ kind: 'cookie' }` (default) or `{ kind: 'bearer', token }`. */
  get auth(): Auth {
    return this.#auth;
  }
  set auth(value: Auth) {
    this.#auth = value;
    this.#update();
  }

  /** `nb` (default), `nn`, `en` or any language the app has texts for; reflects `language`. */
  get language(): string {
    return this.getAttribute('language') || 'nb';
  }
  set language(value: string) {
    this.setAttribute('language', value);
  }

  /** Every field read-only; reflects the boolean `readonly` attribute. */
  get readOnly(): boolean {
    return this.hasAttribute('readonly');
  }
  set readOnly(value: boolean) {
    this.toggleAttribute('readonly', value);
  }

  connectedCallback(): void {
    // Moving the element within the page disconnects and connects it in one task: keep the form.
    this.#unmountQueued = false;
    this.#update();
  }

  disconnectedCallback(): void {
    this.#unmountQueued = true;
    queueMicrotask(() => {
      if (!this.#unmountQueued || this.isConnected) return;
      this.#unmountQueued = false;
      this.#root?.unmount();
      this.#root = undefined;
    });
  }

  attributeChangedCallback(): void {
    this.#update();
  }

  // Several attributes and properties set in one task render once.
  #update(): void {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (!this.isConnected) return;
      this.#root ??= createRoot(this.#container);
      this.#source = this.#nextSource();
      this.#root.render(
        createElement(ElementView, {
          host: this,
          source: this.#source,
          language: this.language,
          readOnly: this.readOnly,
          initialData: this.#data,
        }),
      );
    });
  }

  /** The same object while nothing about the app changed, so the form is not loaded again. */
  #nextSource(): ElementSource {
    const current = this.#source;
    if (this.#app) {
      return current.kind === 'files' && current.app === this.#app ? current : { kind: 'files', app: this.#app };
    }
    const src = this.getAttribute('src');
    if (src) {
      const url = new URL(src, document.baseURI).href;
      return current.kind === 'src' && current.url === url ? current : { kind: 'src', url };
    }
    const baseUrl = this.getAttribute('base-url');
    const org = this.getAttribute('org');
    const app = this.getAttribute('app');
    if (baseUrl !== null && org && app) {
      const instanceId = this.getAttribute('instance') ?? undefined;
      const same =
        current.kind === 'connected' &&
        current.baseUrl === baseUrl &&
        current.org === org &&
        current.app === app &&
        current.instanceId === instanceId &&
        current.auth === this.#auth;
      return same ? current : { kind: 'connected', baseUrl, org, app, instanceId, auth: this.#auth };
    }
    return current.kind === 'none' ? current : { kind: 'none' };
  }

  addEventListener<Name extends keyof SkjemaFormEventMap>(
    type: Name,
    listener: (this: SkjemaFormElement, event: SkjemaFormEventMap[Name]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<Name extends keyof HTMLElementEventMap>(
    type: Name,
    listener: (this: SkjemaFormElement, event: HTMLElementEventMap[Name]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  removeEventListener<Name extends keyof SkjemaFormEventMap>(
    type: Name,
    listener: (this: SkjemaFormElement, event: SkjemaFormEventMap[Name]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<Name extends keyof HTMLElementEventMap>(
    type: Name,
    listener: (this: SkjemaFormElement, event: HTMLElementEventMap[Name]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
  }
}

/** Registers `<skjema-form>` once; a second copy of the script leaves the first definition alone. */
export function defineSkjemaForm(): void {
  if (!customElements.get('skjema-form')) customElements.define('skjema-form', SkjemaFormElement);
}
