declare module 'virtual:skjema-app' {
  import type { DevApp } from '../../src/cli/devServer/devApp.ts';
  /** The layout set the page opens on: where the process starts, or SKJEMA_LAYOUT_SET. */
  export const layoutSet: DevApp['layoutSet'];
  /** The process's user tasks in order, with the layout set of each. */
  export const tasks: DevApp['tasks'];
  export const startTask: DevApp['startTask'] | null;
  export const taskLayoutSets: DevApp['taskLayoutSets'];
  /** The app's subform layout sets (`"type": "subform"`), for Subform components to open their entries. */
  export const subformLayoutSets: DevApp['subformLayoutSets'];
  export const diagnostics: DevApp['diagnostics'];
  /** Why the folder is not an app the page can show. */
  export const problem: DevApp['problem'] | null;
  /** The app folder served (SKJEMA_APP). */
  export const appDir: string;
}
