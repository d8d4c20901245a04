import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { loadLayoutSet } from '../../core/app/loadLayoutSet.ts';
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
 * (`{ layoutSet, diagnostics }`). The files are read and schema-checked in Node, so the browser
 * bundle needs neither a file system nor a schema compiler; editing an app file reloads the page.
 */
export function skjemaAppPlugin(options: AppPluginOptions): Plugin {
  const appDir = resolve(options.appDir);
  const schemaDir = options.schemaDir ?? findAltinnSchemaDir();
  const checker = schemaDir ? loadAltinnSchemaChecker(schemaDir) : undefined;
  return {
    name: 'skjema-app',
    resolveId: (id) => (id === APP_MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { layoutSet, diagnostics } = await loadLayoutSet(fileSource(appDir), {
        layoutSetId: options.layoutSetId,
        schemas: checker ? await checker : undefined,
      });
      if (!schemaDir)
        this.warn('Altinn JSON Schemas not found (set SKJEMA_ALTINN_SCHEMAS); app files are not schema-checked.');
      for (const diagnostic of diagnostics) this.warn(formatDiagnostic(diagnostic));
      return `export const layoutSet = ${JSON.stringify(layoutSet ?? null)};\nexport const diagnostics = ${JSON.stringify(diagnostics)};\n`;
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
