// The part of jsdom's API the bin uses. jsdom ships no types, and @types/jsdom would pull in a
// second copy of the DOM typings for three members.
declare module 'jsdom' {
  /** A console for the window's own logging; with no `sendTo`/`forwardTo` it stays silent. */
  export class VirtualConsole {}

  export interface ConstructorOptions {
    url?: string;
    pretendToBeVisual?: boolean;
    virtualConsole?: VirtualConsole;
  }

  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window;
  }
}
