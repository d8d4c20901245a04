import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { asRecord } from '../core/app/appFormat.ts';
import { parseJsonFile } from '../core/app/json.ts';
import { modelRootSchema } from '../core/app/modelRoot.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { browserModule } from '../core/node/browserModule.ts';
import { compileModelValidators } from '../core/node/index.ts';

/** The query that asks for a schema's precompiled validators instead of its JSON. */
export const VALIDATORS_QUERY = '?skjema-validators';
const PREFIX = '\0skjema-validators:';
// The module ends in `.js` so that no JSON plugin takes it for the schema file itself.
const SUFFIX = '.validators.js';

/**
 * A Vite plugin that turns `import validators from './App/models/model.schema.json?skjema-validators'`
 * into the data model's validators compiled at build time (the module `skjema compile` writes),
 * so the built page validates with plain functions: the module holds no ajv compiler, and no
 * `new Function` runs, which a `script-src 'self'` Content-Security-Policy forbids. The schema's
 * data type and model root are read as the loader reads them, from the app's
 * `App/config/applicationmetadata.json` beside the models folder.
 */
export function skjemaValidators(): Plugin {
  let serving = false;
  return {
    name: 'skjema-validators',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(VALIDATORS_QUERY)) return undefined;
      const resolved = await this.resolve(source.slice(0, -VALIDATORS_QUERY.length), importer, { skipSelf: true });
      if (!resolved) return null;
      return `${PREFIX}${resolved.id}${SUFFIX}`;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      const metadataFile = join(dirname(file), '..', 'config', 'applicationmetadata.json');
      this.addWatchFile(file);
      this.addWatchFile(metadataFile);
      const parsed = parseJsonFile(await readFile(file, 'utf8'), file);
      if (!parsed.ok) this.error(formatDiagnostic(parsed.diagnostic));
      const metadataText = await readFile(metadataFile, 'utf8').catch(() => undefined);
      const metadata = metadataText === undefined ? undefined : parseJsonFile(metadataText, metadataFile);
      const { dataType, classRef } = dataTypeOf(file, metadata?.ok ? metadata.value : undefined);
      const schema = asRecord(modelRootSchema(parsed.value, classRef));
      if (!schema) this.error(`${file}: the schema of data type "${dataType}" is not a JSON object.`);
      try {
        const code = compileModelValidators(dataType, schema);
        // The dev server hands files to the browser as they are, and ajv's helpers are CommonJS:
        // linked into the module they need no conversion. A build bundles them instead.
        return serving ? browserModule(code) : resolveHelpers(code);
      } catch (error) {
        this.error(
          `${file}: the schema of data type "${dataType}" cannot be compiled to a validator: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}

/** The data type a schema file belongs to: the one named like it, or whose model class is. */
function dataTypeOf(file: string, metadata: unknown): { dataType: string; classRef?: string } {
  const name = basename(file).replace(/\.schema\.json$/i, '');
  const types = asRecord(metadata)?.dataTypes;
  for (const entry of Array.isArray(types) ? types : []) {
    const type = asRecord(entry);
    const classRef = asRecord(type?.appLogic)?.classRef;
    if (typeof type?.id !== 'string' || typeof classRef !== 'string') continue;
    const className = classRef.split('.').pop() ?? '';
    if ([type.id, className].some((candidate) => candidate.toLowerCase() === name.toLowerCase()))
      return { dataType: type.id, classRef };
  }
  return { dataType: name };
}

// ajv's run-time helpers are dependencies of skjema, not of the app: resolve them from here, so the
// build finds them however the app's node_modules are laid out.
const here = createRequire(import.meta.url);
export function resolveHelpers(code: string): string {
  return code.replace(
    /(from\s+)(["'])((?:ajv|ajv-formats)\/[^"']+)\2/g,
    (_whole, from: string, _quote: string, name: string) => {
      return `${from}${JSON.stringify(here.resolve(name))}`;
    },
  );
}
