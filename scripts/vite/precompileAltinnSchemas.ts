import { standaloneCode } from '../../src/core/node/compileModelValidators.ts';
import { altinnSchemaId, createAltinnAjv } from '../../src/core/schemas/altinnAjv.ts';
import { ALTINN_FILE_SCHEMAS, type AltinnFileKind } from '../../src/core/schemas/altinnSchemaChecker.ts';

// Standalone code asks for ajv-formats' formats with `require`, which an ES module has not.
const FORMATS_REQUIRE = 'require("ajv-formats/dist/formats")';
const FORMATS_IMPORT = 'import __ajvFormats from "ajv-formats/dist/formats.js";\n';

/**
 * The Altinn schemas compiled into an ES module of plain functions, one export per file kind
 * (`layout`, `layoutSets`, …), with the options the checker compiles with at run time. The package
 * ships it so `skjema check` need not compile the schemas on every run, and no validator is built
 * with `new Function` (strict CSP forbids that in a browser).
 */
export function precompiledValidatorsSource(schemaDocuments: readonly unknown[], allErrors: boolean): string {
  const { ajv, ids } = createAltinnAjv(schemaDocuments, allErrors, { code: { source: true, esm: true } });
  const refs: Record<string, string> = {};
  for (const kind of Object.keys(ALTINN_FILE_SCHEMAS) as AltinnFileKind[]) {
    const id = altinnSchemaId(kind);
    if (ids.has(id)) refs[kind] = id;
  }
  const code = standaloneCode(ajv, refs);
  if (!code.includes(FORMATS_REQUIRE)) return code;
  return FORMATS_IMPORT + code.split(FORMATS_REQUIRE).join('__ajvFormats');
}
