import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { listLayoutSets, loadLayoutSet } from '../../core/app/loadLayoutSet.ts';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { formatDiagnostic } from '../../core/diagnostics.ts';
import { fileSource } from '../../core/node/fileSource.ts';
import { findAltinnSchemaDir, loadAltinnSchemaChecker } from '../../core/node/altinnSchemas.ts';

export const APP_MODULE_ID = 'virtual:skjema-app';
const RESOLVED_ID = `\0${APP_MODULE_ID}`;

export interface AppPluginOptions {
  /** The Altinn app folder (the one holding `App/`). */
  appDir: string;
  layoutSetId?: string;
  /** Folder of the Altinn JSON Schemas; default: found as `findAltinnSchemaDir` says. */
  schemaDir?: string;
}

/**
 * Serves an Altinn app folder to the browser as the module `virtual:skjema-app`
 * (`{ layoutSet, subformLayoutSets, diagnostics }`; the app's subform sets too, so that Subform
 * entries open). The files are read and schema-checked in Node, so the browser bundle needs
 * neither a file system nor a schema compiler; editing an app file reloads the page.
 */
export function skjemaAppPlugin(options: AppPluginOptions): Plugin {
  const appDir = resolve(options.appDir);
  const schemaDir = options.schemaDir ?? findAltinnSchemaDir();
  return {
    name: 'skjema-app',
    resolveId: (id) => (id === APP_MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const source = fileSource(appDir);
      const { format } = await listLayoutSets(source);
      const schemas = schemaDir ? await loadAltinnSchemaChecker(schemaDir, format) : undefined;
      const { layoutSet, diagnostics } = await loadLayoutSet(source, { layoutSetId: options.layoutSetId, schemas });
      const subformLayoutSets: LoadedLayoutSet[] = [];
      for (const set of (await listLayoutSets(source)).layoutSets.filter((entry) => entry.type === 'subform')) {
        const loaded = await loadLayoutSet(source, { layoutSetId: set.id, schemas });
        if (loaded.layoutSet) subformLayoutSets.push(loaded.layoutSet);
        // Files every set reads (application metadata, texts) would report their problems again.
        const known = new Set(diagnostics.map((diagnostic) => JSON.stringify(diagnostic)));
        diagnostics.push(...loaded.diagnostics.filter((diagnostic) => !known.has(JSON.stringify(diagnostic))));
      }
      if (!schemaDir)
        this.warn('Altinn JSON Schemas not found (set SKJEMA_ALTINN_SCHEMAS); app files are not schema-checked.');
      for (const diagnostic of diagnostics) this.warn(formatDiagnostic(diagnostic));
      return [
        `export const layoutSet = ${JSON.stringify(layoutSet ?? null)};`,
        `export const subformLayoutSets = ${JSON.stringify(subformLayoutSets)};`,
        `export const diagnostics = ${JSON.stringify(diagnostics)};`,
        '',
      ].join('\n');
    },
    configureServer(server) {
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
