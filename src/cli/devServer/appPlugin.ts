import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from '../../core/diagnostics.ts';
import { findAltinnSchemaDir } from '../../core/node/altinnSchemas.ts';
import { describeProblem, loadDevApp, type DevApp } from './devApp.ts';

export const APP_MODULE_ID = 'virtual:skjema-app';
const RESOLVED_ID = `\0${APP_MODULE_ID}`;

export interface AppPluginOptions {
  /** The Altinn app folder (the one holding `App/`). */
  appDir: string;
  /** Open this layout set instead of the one where the process starts. */
  layoutSetId?: string;
  /** Folder of the Altinn JSON Schemas; default: found as `findAltinnSchemaDir` says. */
  schemaDir?: string;
  /** Where the terminal lines go; default: Vite's logger. */
  log?: (line: string) => void;
}

/**
 * Serves an Altinn app folder to the browser as the module `virtual:skjema-app` (a `DevApp`: the
 * layout set where the process starts, every task's set in process order, the subform sets, the
 * problems; or why the folder is not an app). The files are read and schema-checked in Node, so
 * the browser bundle needs neither a file system nor a schema compiler; editing an app file
 * reloads the page.
 */
export function skjemaAppPlugin(options: AppPluginOptions): Plugin {
  const appDir = resolve(options.appDir);
  const schemaDir = options.schemaDir ?? findAltinnSchemaDir();
  let log = options.log ?? ((line: string) => console.warn(line));
  return {
    name: 'skjema-app',
    resolveId: (id) => (id === APP_MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const app = await loadDevApp(appDir, { layoutSetId: options.layoutSetId, schemaDir });
      if (app.problem) log(`skjema: ${describeProblem(app.problem)}`);
      if (!schemaDir)
        log('Altinn JSON Schemas not found (set SKJEMA_ALTINN_SCHEMAS); app files are not schema-checked.');
      for (const diagnostic of app.diagnostics) log(formatDiagnostic(diagnostic));
      // Every name is exported, absent ones as null, so the page's imports always resolve.
      const exported: Record<keyof DevApp | 'appDir', unknown> = {
        layoutSet: app.layoutSet,
        tasks: app.tasks,
        startTask: app.startTask ?? null,
        taskLayoutSets: app.taskLayoutSets,
        subformLayoutSets: app.subformLayoutSets,
        diagnostics: app.diagnostics,
        problem: app.problem ?? null,
        appDir,
      };
      return Object.entries(exported)
        .map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`)
        .join('\n');
    },
    configureServer(server) {
      if (!options.log) log = (line) => server.config.logger.warn(line);
      server.watcher.add(`${appDir}${sep}App`);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(appDir + sep)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

/**
 * What the start line says: where the form opens and how to open another layout set, or what is
 * wrong with the folder (said at start, before anyone opens the page).
 */
export async function describeStart(appDir: string, layoutSetId?: string): Promise<string> {
  const app = await loadDevApp(appDir, { layoutSetId });
  if (app.problem) return describeProblem(app.problem);
  const opened = app.layoutSet?.id;
  const start = app.startTask ? `task ${app.startTask}, layout set "${opened}"` : `layout set "${opened}"`;
  const others = Object.keys(app.taskLayoutSets).filter((id) => id !== opened);
  const how = others.length > 0 ? ` Other sets: ${others.join(', ')} (open one with SKJEMA_LAYOUT_SET=<id>).` : '';
  return `opens at ${start}${layoutSetId ? ' (SKJEMA_LAYOUT_SET)' : ''}.${how}`;
}
