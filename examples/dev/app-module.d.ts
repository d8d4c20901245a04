declare module 'virtual:skjema-app' {
  import type { Diagnostic, LoadedLayoutSet } from '../../src/core/index.ts';
  export const layoutSet: LoadedLayoutSet | null;
  /** The app's subform layout sets (`"type": "subform"`), for Subform components to open their entries. */
  export const subformLayoutSets: LoadedLayoutSet[];
  export const diagnostics: Diagnostic[];
}
