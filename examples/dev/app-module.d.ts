declare module 'virtual:skjema-app' {
  import type { Diagnostic, LoadedLayoutSet } from '../../src/core/index.ts';
  export const layoutSet: LoadedLayoutSet | null;
  export const diagnostics: Diagnostic[];
}
