import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseAppCommand } from './appCommandArgs.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { bundleApp, type BundledModel } from '../core/node/appBundle.ts';
import { browserModule } from '../core/node/browserModule.ts';

export const BUNDLE_USAGE = `Usage: skjema bundle <appDir> [--out <file.js>] [--json]

Writes an Altinn app folder as one ES module for a page's build (see docs/embedding.md): its
default export is { files, validators }, the files the form reads (App/ui, App/models,
application metadata, texts, code lists; path → text) for objectSource(files), and each data
model's validators compiled ahead of time for the precompiledValidators prop. The module imports
nothing, so any bundler (or a browser) takes it as it is.

Options:
  --out <file>  File to write (default <appDir>/skjema-app.js, or skjema-app.json with --json).
                A .d.ts with its type is written beside an ES module.
  --json        Write only the files object, as JSON (no validators).
  -h, --help    Show this help.`;

/** `skjema bundle`: writes the app as a module (or its files as JSON). Returns the exit code. */
export async function runBundle(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const options = { out: { type: 'string' }, json: { type: 'boolean' } } as const;
  const parsed = parseAppCommand('bundle', argv, options, BUNDLE_USAGE, out, err);
  if (typeof parsed === 'number') return parsed;
  const { root, values } = parsed;
  const json = values.json === true;
  const file = resolve(values.out ?? resolve(root, json ? 'skjema-app.json' : 'skjema-app.js'));
  const bundle = await bundleApp(root);
  for (const diagnostic of bundle.diagnostics)
    (diagnostic.severity === 'error' ? err : out)(formatDiagnostic(diagnostic));
  const errors = bundle.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0) {
    err(`${root}: ${errors} error(s); nothing written.`);
    return 1;
  }
  await mkdir(dirname(file), { recursive: true });
  if (json) {
    await writeFile(file, `${JSON.stringify(bundle.files, null, 2)}\n`);
  } else {
    await writeFile(file, appModule(root, bundle.files, bundle.models));
    await writeFile(file.replace(/\.[cm]?js$/, '') + '.d.ts', APP_TYPES);
  }
  const shown = relative(process.cwd(), file) || file;
  const validators = json ? '' : ` and ${bundle.models.length} data model(s) compiled`;
  out(`Wrote ${shown}: ${Object.keys(bundle.files).length} file(s)${validators}.`);
  return 0;
}

/**
 * The module: the files as string literals, and each model's validators in a scope of its own
 * (their generated names would clash side by side) with ajv's helpers linked in, so nothing is
 * left for the page's bundler to resolve.
 */
function appModule(root: string, files: Readonly<Record<string, string>>, models: readonly BundledModel[]): string {
  const scopes = models.map((model, index) => {
    const body = browserModule(model.code)
      .replace(/\bexport const (v\d+) = /g, 'const $1 = ')
      .replace(/^export default (\{.*\});\s*$/m, 'return $1;');
    return `// Data type ${JSON.stringify(model.dataType)}, from ${model.file}\nconst m${index} = (() => {\n${body}\n})();`;
  });
  const entries = models.map((model, index) => `  ${JSON.stringify(model.dataType)}: m${index},`);
  return [
    `// Written by \`skjema bundle\` from ${JSON.stringify(relative(process.cwd(), root) || '.')}; bundle again when the app changes.`,
    `export const files = ${JSON.stringify(files, null, 2)};`,
    ...scopes,
    `export const validators = {\n${entries.join('\n')}\n};`,
    'export default { files, validators };',
    '',
  ].join('\n\n');
}

const APP_TYPES = `import type { PrecompiledModelValidators } from 'skjema/core';

/** The app's files (path → text), for \`objectSource(files)\`. */
export declare const files: Readonly<Record<string, string>>;
/** Each data type's precompiled validators, for the \`precompiledValidators\` prop. */
export declare const validators: Readonly<Record<string, PrecompiledModelValidators>>;
declare const app: { readonly files: typeof files; readonly validators: typeof validators };
export default app;
`;
