import standaloneModule from 'ajv/dist/standalone/index.js';
import { createModelAjv } from '../validation/schema/modelAjv.ts';
import { modelSchemaPointers } from '../validation/schemaPointer.ts';

type StandaloneCode = (ajv: unknown, refs: Record<string, string>) => string;
/** ajv's standalone code generator (CommonJS with a default export, which ESM interop may wrap). */
export const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ??
  standaloneModule) as StandaloneCode;

const REQUIRE = /require\("([^"]+)"\)/g;

/**
 * ES module source of one data model's validators, compiled ahead of time (ajv standalone code)
 * with the options and formats the form's validator reads schemas with. Its default export maps
 * each schema pointer incremental validation may check at ('' for the whole model) to a plain
 * function: a browser runs it without `new Function`, which `script-src 'self'` forbids.
 *
 * Throws when ajv cannot compile the schema; a build should stop then, as the form would refuse
 * to submit.
 */
export function compileModelValidators(dataType: string, schema: Readonly<Record<string, unknown>>): string {
  const { ajv, baseId } = createModelAjv(dataType, schema, { code: { source: true, esm: true } });
  // The whole model must compile; a level that does not (a key ajv cannot address) is left out
  // and checked a level higher, as at run time.
  ajv.getSchema(baseId);
  const pointers = modelSchemaPointers(schema).filter(
    (pointer) => pointer === '' || compiles(ajv, `${baseId}#${pointer}`),
  );
  const refs: Record<string, string> = {};
  pointers.forEach((pointer, index) => {
    refs[`v${index}`] = pointer === '' ? baseId : `${baseId}#${pointer}`;
  });
  const code = withImports(standaloneCode(ajv, refs));
  const entries = pointers.map((pointer, index) => `${JSON.stringify(pointer)}: v${index}`);
  return `${code}\nexport default { ${entries.join(', ')} };\n`;
}

function compiles(ajv: ReturnType<typeof createModelAjv>['ajv'], ref: string): boolean {
  try {
    return ajv.getSchema(ref) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Standalone code asks for ajv's run-time helpers and ajv-formats' formats with `require`, which an
 * ES module has not: each becomes an import. A bundler hands a CommonJS module to a namespace
 * import either as its `module.exports` under `default` (Node) or as a copy of its exports
 * (bundlers' interop); `__cjs` reads both the same.
 */
function withImports(code: string): string {
  const specifiers = [...new Set([...code.matchAll(REQUIRE)].map((match) => match[1]))];
  if (specifiers.length === 0) return code;
  const lines = ['const __cjs = (ns) => (ns.default && ns.default.__esModule ? ns.default : ns);'];
  let body = code.replace(/^"use strict";/, '');
  specifiers.forEach((specifier, index) => {
    const file = specifier.endsWith('.js') ? specifier : `${specifier}.js`;
    lines.unshift(`import * as __ns${index} from ${JSON.stringify(file)};`);
    lines.push(`const __m${index} = __cjs(__ns${index});`);
    body = body.split(`require(${JSON.stringify(specifier)})`).join(`__m${index}`);
  });
  return `"use strict";\n${lines.join('\n')}\n${body}`;
}
