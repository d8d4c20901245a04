/**
 * Types of the `?skjema` import of the `skjemaApp()` Vite plugin (`skjema/vite`). Reference them
 * once, as Vite's own `vite/client`: `/// <reference types="skjema/vite/client" />` in a `.d.ts`
 * of the app, or `"types": ["vite/client", "skjema/vite/client"]` in tsconfig.json.
 */
declare module '*?skjema' {
  import type { PrecompiledModelValidators } from 'skjema/core';

  /** The app files the form reads, path (`App/ui/layout-sets.json`) → text: give them to `objectSource`. */
  export const files: Readonly<Record<string, string>>;
  /** Each data type's validators, compiled at build time: the `precompiledValidators` prop. */
  export const validators: Readonly<Record<string, PrecompiledModelValidators>>;
  const app: { readonly files: typeof files; readonly validators: typeof validators };
  export default app;
}
