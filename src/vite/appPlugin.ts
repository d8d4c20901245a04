import { isAbsolute, join, relative, resolve, dirname } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.ts';
import { bundleApp, type BundledModel } from '../core/node/appBundle.ts';
import { browserModule } from '../core/node/browserModule.ts';
import { resolveHelpers } from './validatorsPlugin.ts';

/** The query that imports an app folder as `{ files, validators }`. */
export const APP_QUERY = '?skjema';
const APP_PREFIX = '\0skjema-app:';
const MODEL_PREFIX = '\0skjema-app-model:';
// Ids end in `.js` so that no other plugin takes them for a folder or a JSON file.
const SUFFIX = '.js';
const MODEL_SEPARATOR = '/__skjema_model_';

/**
 * A Vite plugin that turns `import app from './my-app?skjema'` (the folder that holds `App/`) into
 * `{ files, validators }`: the app files the form reads (path → text, for `objectSource(files)`)
 * and each data model's validators compiled at build time (for `precompiledValidators`), the
 * output of `skjema bundle`. An import rather than a virtual module: the path is the app's, so
 * an agency names its folder where it imports it, and one page may import several apps.
 *
 * A JSON file that does not parse, a data type without a schema, or a schema that does not compile
 * stops the build with the file named. Under `vite dev`, a change to the app folder (a new page
 * file too) reloads the page with the app read again.
 */
export function skjemaApp(): Plugin {
  let serving = false;
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  // Compiled models of each app folder loaded, kept for the model modules the app module imports.
  const models = new Map<string, readonly BundledModel[]>();

  const compiledModel = async (appDir: string, index: number) => {
    const known = models.get(appDir) ?? (await bundleApp(appDir)).models;
    models.set(appDir, known);
    return known[index];
  };

  return {
    name: 'skjema-app',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
    },
    resolveId(source, importer) {
      if (source.startsWith(MODEL_PREFIX)) return source;
      if (!source.endsWith(APP_QUERY)) return undefined;
      const path = source.slice(0, -APP_QUERY.length);
      const from = importer && !importer.startsWith('\0') ? dirname(importer.replace(/\?.*$/, '')) : root;
      // A bare path is the project's, as Vite reads `/src/main.ts`.
      const appDir = path.startsWith('.') || isAbsolute(path) ? resolve(from, path) : resolve(root, path);
      return `${APP_PREFIX}${appDir}${SUFFIX}`;
    },
    async load(id) {
      if (id.startsWith(MODEL_PREFIX)) {
        const [appDir, index] = splitModelId(id.slice(MODEL_PREFIX.length, -SUFFIX.length));
        const model = await compiledModel(appDir, index);
        if (!model) this.error(`${appDir}: data model ${index} is no longer in the app; reload the page.`);
        // The dev server hands files to the browser as they are, and ajv's helpers are CommonJS:
        // linked into the module they need no conversion. A build bundles them instead.
        return serving ? browserModule(model.code) : resolveHelpers(model.code);
      }
      if (!id.startsWith(APP_PREFIX)) return undefined;
      const appDir = id.slice(APP_PREFIX.length, -SUFFIX.length);
      const bundle = await bundleApp(appDir);
      for (const path of Object.keys(bundle.files)) this.addWatchFile(bundle.libraryFiles[path] ?? join(appDir, path));
      // New files (a page added to the app) matter too; the dev server watches only its root.
      if (server) server.watcher.add(join(appDir, 'App'));
      const located = (diagnostic: Diagnostic) =>
        formatDiagnostic({ ...diagnostic, file: join(appDir, diagnostic.file ?? '') });
      const errors = bundle.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      for (const warning of bundle.diagnostics.filter((diagnostic) => diagnostic.severity !== 'error'))
        this.warn(located(warning));
      if (errors.length > 0) this.error(errors.map(located).join('\n'));
      models.set(appDir, bundle.models);
      const imports = bundle.models.map(
        (_model, index) =>
          `import m${index} from ${JSON.stringify(`${MODEL_PREFIX}${appDir}${MODEL_SEPARATOR}${index}${SUFFIX}`)};`,
      );
      const entries = bundle.models.map((model, index) => `  ${JSON.stringify(model.dataType)}: m${index},`);
      return [
        ...imports,
        `export const files = ${JSON.stringify(bundle.files)};`,
        `export const validators = {\n${entries.join('\n')}\n};`,
        'export default { files, validators };',
        '',
      ].join('\n');
    },
    hotUpdate({ file }) {
      const appDir = [...models.keys()].find((dir) => !relative(join(dir, 'App'), file).startsWith('..'));
      if (appDir === undefined) return undefined;
      models.delete(appDir);
      const graph = this.environment.moduleGraph;
      for (const module of graph.idToModuleMap.values()) {
        const { id } = module;
        if (
          id?.startsWith(`${APP_PREFIX}${appDir}${SUFFIX}`) ||
          id?.startsWith(`${MODEL_PREFIX}${appDir}${MODEL_SEPARATOR}`)
        )
          graph.invalidateModule(module);
      }
      // The form reads its app once; a fresh page is the only state that matches the new files.
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}

function splitModelId(rest: string): [string, number] {
  const at = rest.lastIndexOf(MODEL_SEPARATOR);
  return [rest.slice(0, at), Number(rest.slice(at + MODEL_SEPARATOR.length))];
}
