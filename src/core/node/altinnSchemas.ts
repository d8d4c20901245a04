import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createAltinnSchemaChecker,
  type AltinnSchemaChecker,
  type PrecompiledSchemaValidators,
} from '../schemas/altinnSchemaChecker.ts';

/**
 * The modules of precompiled validators the package build writes beside its copy of the schemas
 * (scripts/vite/precompileAltinnSchemas.ts); a folder without them is compiled at run time.
 */
export const PRECOMPILED_VALIDATORS = { fast: 'validators.fast.mjs', detailed: 'validators.detailed.mjs' } as const;

const checkers = new Map<string, Promise<AltinnSchemaChecker>>();

/**
 * Reads every `*.schema.v1.json` under a folder laid out like the Altinn CDN's `schemas/json/`
 * (`layout/`, `application/`, …) and returns a checker over them. Compiling the schemas is the
 * dearest part of checking an app, so one checker per folder serves the whole process.
 */
export function loadAltinnSchemaChecker(schemaDir: string): Promise<AltinnSchemaChecker> {
  const key = resolve(schemaDir);
  let checker = checkers.get(key);
  if (!checker) {
    checker = readSchemaChecker(key);
    checkers.set(key, checker);
    // A failed read (missing folder) is not remembered, so a later call can succeed.
    checker.catch(() => checkers.delete(key));
  }
  return checker;
}

async function readSchemaChecker(schemaDir: string): Promise<AltinnSchemaChecker> {
  const precompiled = await importPrecompiled(schemaDir);
  if (precompiled) return createAltinnSchemaChecker([], precompiled);
  const documents: unknown[] = [];
  for (const entry of await readdir(schemaDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.schema.v1.json')) continue;
    const folder = entry.parentPath ?? schemaDir;
    // The v9 folder repeats some $ids with other content; the top-level (v8) set wins.
    if (/[\\/]v9([\\/]|$)/.test(folder.slice(schemaDir.length))) continue;
    documents.push(JSON.parse(await readFile(join(folder, entry.name), 'utf8')));
  }
  return createAltinnSchemaChecker(documents);
}

async function importPrecompiled(schemaDir: string): Promise<PrecompiledSchemaValidators | undefined> {
  const fast = join(schemaDir, PRECOMPILED_VALIDATORS.fast);
  const detailed = join(schemaDir, PRECOMPILED_VALIDATORS.detailed);
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
