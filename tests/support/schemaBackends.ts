import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe } from 'vitest';
import type { LoadedLayoutSet, PrecompiledModelValidators } from '../../src/core/index.ts';
import { compileModelValidators } from '../../src/core/node/index.ts';
import { ajvSchemaBackend } from '../../src/core/validation/schema/ajvBackend.ts';
import type { FormValidatorOptions } from '../../src/core/validation/index.ts';

export type SchemaOptions = Pick<FormValidatorOptions, 'precompiledValidators' | 'schemaBackend'>;

export interface SchemaBackendCase {
  readonly name: string;
  /** The validator options that make a form over `set` check its schemas with this backend. */
  options(set: Pick<LoadedLayoutSet, 'dataModelSchemas'>): SchemaOptions;
}

const require = createRequire(import.meta.url);
const dir = join(tmpdir(), 'skjema-precompiled-models');
const loaded = new WeakMap<object, Map<string, PrecompiledModelValidators | undefined>>();

/**
 * The module `compileModelValidators` generates, loaded as a build would ship it. Written outside
 * the repository, so its package imports point at this checkout's node_modules.
 */
export function precompiled(dataType: string, schema: Record<string, unknown>): PrecompiledModelValidators | undefined {
  let byType = loaded.get(schema);
  if (!byType) loaded.set(schema, (byType = new Map()));
  if (byType.has(dataType)) return byType.get(dataType);
  let validators: PrecompiledModelValidators | undefined;
  try {
    const source = compileModelValidators(dataType, schema).replace(
      /from "([^"]+)"/g,
      (_, specifier: string) => `from ${JSON.stringify(pathToFileURL(require.resolve(specifier)).href)}`,
    );
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${createHash('sha256').update(source).digest('hex').slice(0, 16)}.mjs`);
    writeFileSync(file, source);
    validators = (require(file) as { default: PrecompiledModelValidators }).default;
  } catch {
    // A schema ajv cannot compile has no module: the build would stop, the form fails closed.
    validators = undefined;
  }
  byType.set(dataType, validators);
  return validators;
}

export const SCHEMA_BACKENDS: readonly SchemaBackendCase[] = [
  { name: 'interpreter (default)', options: () => ({}) },
  { name: 'ajv at run time', options: () => ({ schemaBackend: ajvSchemaBackend }) },
  {
    name: 'precompiled',
    options: (set) => ({
      precompiledValidators: Object.fromEntries(
        Object.entries(set.dataModelSchemas)
          .filter(([, schema]) => schema !== null && typeof schema === 'object' && !Array.isArray(schema))
          .map(([dataType, schema]) => [dataType, precompiled(dataType, schema as Record<string, unknown>)!]),
      ),
    }),
  },
];

let current: SchemaBackendCase = SCHEMA_BACKENDS[0];

/** The options of the backend the enclosing `describeSchemaBackends` block runs with. */
export function schemaOptions(set: Pick<LoadedLayoutSet, 'dataModelSchemas'>): SchemaOptions {
  return current.options(set);
}

/** Runs the same tests once per schema backend: the issues must be the same whichever checks. */
export function describeSchemaBackends(name: string, body: () => void): void {
  for (const backend of SCHEMA_BACKENDS) {
    describe(`${name} [${backend.name}]`, () => {
      beforeAll(() => {
        current = backend;
      });
      afterAll(() => {
        current = SCHEMA_BACKENDS[0];
      });
      body();
    });
  }
}
