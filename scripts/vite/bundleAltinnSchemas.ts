import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { PRECOMPILED_VALIDATORS, readAltinnSchemaDocuments } from '../../src/core/node/altinnSchemas.ts';
import { precompiledValidatorsSource } from './precompileAltinnSchemas.ts';

/**
 * Ships the Altinn JSON Schemas inside the package as `dist/altinn-schemas/` (the v8 set, BSD-3,
 * and beside it `v9/`, MIT, each with its licence), so that `npx skjema check` works wherever the
 * package is installed; the repository itself never holds a copy. Beside them go the validators
 * compiled from them, one pair per app format (`validators.fast.mjs`, `validators.detailed.mjs`,
 * `validators.v9.*.mjs`), which the checker imports instead of compiling the schemas on every run.
 * They are read from `$SKJEMA_ALTINN_SCHEMAS`, else `../shared/altinn-schemas`; when neither
 * exists the build goes on and says so.
 */
export function bundleAltinnSchemas(): Plugin {
  return {
    name: 'skjema-bundle-altinn-schemas',
    apply: 'build',
    async generateBundle() {
      const source = resolve(process.env.SKJEMA_ALTINN_SCHEMAS ?? '../shared/altinn-schemas');
      if (!existsSync(source)) {
        this.warn(`No Altinn schemas at ${source}: the package's skjema check will need --schemas.`);
        return;
      }
      for (const entry of readdirSync(source, { withFileTypes: true, recursive: true })) {
        const path = join(entry.parentPath, entry.name);
        const name = relative(source, path).split(sep).join('/');
        if (!entry.isFile()) continue;
        if (!name.endsWith('.schema.v1.json') && name !== 'LICENSE.md' && name !== 'v9/LICENSE') continue;
        this.emitFile({ type: 'asset', fileName: `altinn-schemas/${name}`, source: readFileSync(path) });
      }
      for (const format of ['v8', 'v9'] as const) {
        const documents = await readAltinnSchemaDocuments(source, format);
        for (const [detail, fileName] of Object.entries(PRECOMPILED_VALIDATORS[format])) {
          const code = precompiledValidatorsSource(documents, detail === 'detailed');
          this.emitFile({ type: 'asset', fileName: `altinn-schemas/${fileName}`, source: code });
        }
      }
    },
  };
}
