import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseAppCommand } from './appCommandArgs.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { fileSource } from '../core/node/index.ts';
import { compileAppValidators } from '../preview/validators/appValidators.ts';

export const COMPILE_USAGE = `Usage: skjema compile <appDir> [--out <dir>]

Compiles the validators of every data model of an Altinn app folder (App/models/*.schema.json
of each data type with a model class or a layout set) ahead of time: one ES module per data
type and an index module whose default export the form takes as its precompiled validators
(see docs/compile.md). A form given them validates with plain functions and needs no 'unsafe-eval'
under a Content-Security-Policy.

Options:
  --out <dir>   Folder to write to (default <appDir>/skjema-validators); created if missing.
  -h, --help    Show this help.`;

/** `skjema compile`: writes the precompiled validators and says what it wrote. Returns the exit code. */
export async function runCompile(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const parsed = parseAppCommand('compile', argv, { out: { type: 'string' } }, COMPILE_USAGE, out, err);
  if (typeof parsed === 'number') return parsed;
  const { root, values } = parsed;
  const outDir = resolve(values.out ?? join(root, 'skjema-validators'));
  const { models, diagnostics } = await compileAppValidators(fileSource(root));
  for (const diagnostic of diagnostics) out(formatDiagnostic(diagnostic));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (models.length === 0) {
    const none = errors > 0 ? 'no data model compiled' : 'no data model to compile';
    out(`${root}: ${none}, ${errors} error(s); nothing written.`);
    return errors > 0 ? 1 : 0;
  }
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const model of models) {
    const name = moduleName(model.dataType);
    await writeFile(join(outDir, name), model.code);
    written.push(`  ${name}  (data type "${model.dataType}", from ${model.file})`);
  }
  await writeFile(join(outDir, 'index.js'), indexModule(models.map((model) => model.dataType)));
  await writeFile(join(outDir, 'index.d.ts'), INDEX_TYPES);
  out(`Wrote ${models.length} validator module(s) and index.js to ${relative(process.cwd(), outDir) || '.'}:`);
  for (const line of written) out(line);
  out(`${root}: ${models.length} data model(s) compiled, ${errors} error(s).`);
  return errors > 0 ? 1 : 0;
}

/**
 * A file name for a data type id. Ids are plain words in practice; any other character becomes
 * `_hex_` (not `%hex`, which an import specifier would decode back).
 */
function moduleName(dataType: string): string {
  return `${dataType.replace(/[^A-Za-z0-9_-]/gu, (char) => `_${char.codePointAt(0)!.toString(16)}_`)}.js`;
}

/** The index: its default export maps each data type to its module's validators. */
function indexModule(dataTypes: readonly string[]): string {
  const imports = dataTypes.map((type, index) => `import m${index} from './${moduleName(type)}';`);
  const entries = dataTypes.map((type, index) => `  ${JSON.stringify(type)}: m${index},`);
  return `// Written by \`skjema compile\`; compile again when a data model changes.\n${imports.join('\n')}\n\nexport default {\n${entries.join('\n')}\n};\n`;
}

const INDEX_TYPES = `import type { PrecompiledModelValidators } from 'skjema/core';

/** Each data type's precompiled validators, for the \`precompiledValidators\` prop or option of skjema's forms. */
declare const validators: Readonly<Record<string, PrecompiledModelValidators>>;
export default validators;
`;
