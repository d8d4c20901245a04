import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { PRECOMPILED_VALIDATORS } from '../../src/core/node/altinnSchemas.ts';
import { precompiledValidatorsSource } from './precompileAltinnSchemas.ts';

/**
 * Ships the Altinn JSON Schemas (BSD-3, with their licence) inside the package as
 * `dist/altinn-schemas/`, so that `npx skjema check` works wherever the package is installed; the
 * repository itself never holds a copy. Beside them go the validators compiled from them
 * (`validators.fast.mjs`, `validators.detailed.mjs`), which the checker imports instead of
 * compiling the schemas on every run. They are read from `$SKJEMA_ALTINN_SCHEMAS`, else
 * `../shared/altinn-schemas`; when neither exists the build goes on and says so.
 */
export function bundleAltinnSchemas(): Plugin {
  return {
    name: 'skjema-bundle-altinn-schemas',
    apply: 'build',
    generateBundle() {
      const source = resolve(process.env.SKJEMA_ALTINN_SCHEMAS ?? '../shared/altinn-schemas');
      if (!existsSync(source)) {
        this.warn(`No Altinn schemas at ${source}: the package's skjema check will need --schemas.`);
        return;
      }
      const documents: unknown[] = [];
      for (const entry of readdirSync(source, { withFileTypes: true, recursive: true })) {
        const path = join(entry.parentPath, entry.name);
        const name = relative(source, path).split(sep).join('/');
        // The v9 folder repeats $ids with other content; the checker reads the top-level set only.
        if (!entry.isFile() || name.startsWith('v9/')) continue;
        if (!name.endsWith('.schema.v1.json') && name !== 'LICENSE.md') continue;
        const content = readFileSync(path);
        if (name.endsWith('.json')) documents.push(JSON.parse(content.toString('utf8')));
        this.emitFile({ type: 'asset', fileName: `altinn-schemas/${name}`, source: content });
      }
      for (const [detail, fileName] of Object.entries(PRECOMPILED_VALIDATORS)) {
        const source = precompiledValidatorsSource(documents, detail === 'detailed');
        this.emitFile({ type: 'asset', fileName: `altinn-schemas/${fileName}`, source });
      }
    },
  };
}
