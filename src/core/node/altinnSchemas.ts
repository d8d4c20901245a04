import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createAltinnSchemaChecker,
  type AltinnSchemaChecker,
  type PrecompiledSchemaValidators,
} from '../schemas/altinnSchemaChecker.ts';
import { compileAltinnSchemaValidators } from '../schemas/altinnAjv.ts';
import { v9SchemaDocuments } from '../schemas/v9Schemas.ts';
import type { AppFormat } from '../app/appFormat.ts';

/**
 * The modules of precompiled validators the package build writes beside its copy of the schemas
 * (scripts/vite/precompileAltinnSchemas.ts), one pair per app format; a folder without them is
 * compiled at run time.
 */
export const PRECOMPILED_VALIDATORS = {
  v8: { fast: 'validators.fast.mjs', detailed: 'validators.detailed.mjs' },
  v9: { fast: 'validators.v9.fast.mjs', detailed: 'validators.v9.detailed.mjs' },
} as const satisfies Record<AppFormat, { fast: string; detailed: string }>;

const checkers = new Map<string, Promise<AltinnSchemaChecker>>();

/**
 * Reads every `*.schema.v1.json` under a folder laid out like the Altinn CDN's `schemas/json/`
 * (`layout/`, `application/`, …) and returns a checker over them for apps of one format: v8 apps
 * are checked against the top-level set, v9 apps against the `v9/` folder's files where it has
 * them (see `v9SchemaDocuments`). Compiling the schemas is the dearest part of checking an app,
 * so one checker per folder and format serves the whole process.
 */
export function loadAltinnSchemaChecker(schemaDir: string, format: AppFormat = 'v8'): Promise<AltinnSchemaChecker> {
  const key = `${resolve(schemaDir)}\n${format}`;
  let checker = checkers.get(key);
  if (!checker) {
    checker = readSchemaChecker(resolve(schemaDir), format);
    checkers.set(key, checker);
    // A failed read (missing folder) is not remembered, so a later call can succeed.
    checker.catch(() => checkers.delete(key));
  }
  return checker;
}

async function readSchemaChecker(schemaDir: string, format: AppFormat): Promise<AltinnSchemaChecker> {
  const precompiled = await importPrecompiled(schemaDir, format);
  if (precompiled) return createAltinnSchemaChecker(precompiled);
  return createAltinnSchemaChecker(compileAltinnSchemaValidators(await readAltinnSchemaDocuments(schemaDir, format)));
}

/**
 * The schema documents of one app format from a schema folder: the top-level `*.schema.v1.json`
 * files, and for v9 those of its `v9/` folder in their place (same `$id`s, other content).
 */
export async function readAltinnSchemaDocuments(schemaDir: string, format: AppFormat): Promise<unknown[]> {
  const v8: unknown[] = [];
  const v9: unknown[] = [];
  for (const entry of await readdir(schemaDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.schema.v1.json')) continue;
    const folder = entry.parentPath ?? schemaDir;
    const isV9 = /[\\/]v9([\\/]|$)/.test(folder.slice(schemaDir.length));
    if (isV9 && format !== 'v9') continue;
    (isV9 ? v9 : v8).push(JSON.parse(await readFile(join(folder, entry.name), 'utf8')));
  }
  return format === 'v9' ? v9SchemaDocuments(v8, v9) : v8;
}

async function importPrecompiled(
  schemaDir: string,
  format: AppFormat,
): Promise<PrecompiledSchemaValidators | undefined> {
  const fast = join(schemaDir, PRECOMPILED_VALIDATORS[format].fast);
  const detailed = join(schemaDir, PRECOMPILED_VALIDATORS[format].detailed);
  if (!existsSync(fast) || !existsSync(detailed)) return undefined;
  const [fastModule, detailedModule] = await Promise.all([
    import(pathToFileURL(fast).href) as Promise<PrecompiledSchemaValidators['fast']>,
    import(pathToFileURL(detailed).href) as Promise<PrecompiledSchemaValidators['detailed']>,
  ]);
  return { fast: fastModule, detailed: detailedModule };
}

/**
 * Where the Altinn schemas are when no folder is named: `$SKJEMA_ALTINN_SCHEMAS`, else the copy
 * the built package ships beside its modules (`dist/altinn-schemas`), else a
 * `shared/altinn-schemas` folder beside the working directory or one of its parents.
 */
export function findAltinnSchemaDir(start: string = process.cwd()): string | undefined {
  if (process.env.SKJEMA_ALTINN_SCHEMAS) return resolve(process.env.SKJEMA_ALTINN_SCHEMAS);
  const bundled = bundledSchemaDir();
  if (bundled) return bundled;
  let dir = resolve(start);
  for (;;) {
    for (const candidate of [join(dir, 'shared', 'altinn-schemas'), join(dir, '..', 'shared', 'altinn-schemas')]) {
      if (existsSync(candidate)) return resolve(candidate);
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `dist/altinn-schemas` of the installed package; running from source there is none. */
function bundledSchemaDir(): string | undefined {
  if (!import.meta.url.startsWith('file:')) return undefined;
  const dir = fileURLToPath(new URL('./altinn-schemas/', import.meta.url));
  return existsSync(join(dir, 'layout')) ? dir : undefined;
}
