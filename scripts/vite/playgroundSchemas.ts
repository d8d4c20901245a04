import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readAltinnSchemaDocuments } from '../../src/core/node/altinnSchemas.ts';
import { precompiledValidatorsSource } from './precompileAltinnSchemas.ts';

const SCHEMAS = 'virtual:skjema-playground/schemas';
const FAST = 'virtual:skjema-playground/validators-fast';
const DETAILED = 'virtual:skjema-playground/validators-detailed';

/**
 * Gives the playground (src/playground) the Altinn JSON Schemas it completes and checks with, as
 * modules built into the page: the layout and text-resource schemas (for completion and hover) and
 * the v8 validators compiled ahead of time, as the package ships them for `skjema check` (so the
 * page needs no `new Function`, which a strict CSP forbids). The schemas are read when the page is
 * built, from `$SKJEMA_ALTINN_SCHEMAS`, else `../shared/altinn-schemas`, as bundleAltinnSchemas
 * reads them; the running page never reads that folder. Without it the modules export nothing and
 * the playground edits without completion and schema checks.
 */
export function playgroundSchemas(): Plugin {
  const source = () => resolve(process.env.SKJEMA_ALTINN_SCHEMAS ?? '../shared/altinn-schemas');
  const json = (path: string) => {
    const file = join(source(), path);
    return existsSync(file) ? readFileSync(file, 'utf8') : 'undefined';
  };
  return {
    name: 'skjema-playground-schemas',
    resolveId(id) {
      if (id === SCHEMAS || id === FAST || id === DETAILED) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${SCHEMAS}`) {
        return [
          `export const layoutSchema = ${json('layout/layout.schema.v1.json')};`,
          `export const textResourcesSchema = ${json('text-resources/text-resources.schema.v1.json')};`,
        ].join('\n');
      }
      if (id !== `\0${FAST}` && id !== `\0${DETAILED}`) return undefined;
      if (!existsSync(source())) return 'export {};';
      const documents = await readAltinnSchemaDocuments(source(), 'v8');
      return precompiledValidatorsSource(documents, id === `\0${DETAILED}`);
    },
  };
}
