/**
 * Measures the three data-model schema backends (issue 12): the time to build a model's
 * validators, to check a whole model, and to re-check one row after a keystroke, for the example
 * app's model and a 1,000-row repeating group. Run with `npx tsx scripts/measure-schema-backends.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrecompiledModelValidators } from '../src/core/index.ts';
import { compileModelValidators } from '../src/core/node/index.ts';
import { ajvSchemaBackend } from '../src/core/validation/schema/ajvBackend.ts';
import { interpreterSchemaBackend } from '../src/core/validation/schema/interpreterBackend.ts';
import { SchemaValidator, type SchemaSource } from '../src/core/validation/schemaValidator.ts';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'skjema-measure-schema-'));

async function precompiled(
  schema: Record<string, unknown>,
): Promise<{ validators: PrecompiledModelValidators; bytes: number; ms: number }> {
  const start = performance.now();
  const source = compileModelValidators('model', schema).replace(
    /from "([^"]+)"/g,
    (_, specifier: string) => `from ${JSON.stringify(pathToFileURL(require.resolve(specifier)).href)}`,
  );
  const file = join(dir, `${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  const ms = performance.now() - start;
  const validators = ((await import(pathToFileURL(file).href)) as { default: PrecompiledModelValidators }).default;
  return { validators, bytes: source.length, ms };
}

function time(run: () => void, times: number): number {
  // Warmed up first: the interpreter's and ajv's code is optimised after some runs.
  for (let i = 0; i < Math.min(times, 20); i++) run();
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  return (performance.now() - start) / times;
}

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../examples/event-permit/App/models/model.schema.json'), 'utf8'),
) as Record<string, unknown>;
const exampleData = {
  applicant: { type: 'person', name: 'Kari', orgNumber: '12345', email: 'x', phone: '1' },
  event: { name: 'Jazz', category: 'c', date: '2024-01-01', attendees: '0', description: 'x' },
  conditions: { accepted: 'true' },
};
const rows = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { rows: { type: 'array', items: { $ref: '#/$defs/Row' } } },
  $defs: {
    Row: {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 2, maxLength: 50 },
        amount: { type: 'integer', minimum: 0, maximum: 1_000_000 },
        date: { type: 'string', format: 'date' },
        code: { type: 'string', pattern: '^[A-Z]{3}$' },
      },
    },
  },
};
const rowsData = {
  rows: Array.from({ length: 1000 }, (_, i) => ({
    name: `row ${i}`,
    amount: String(i),
    date: '2024-02-30',
    code: 'ab',
  })),
};

const cases: [string, Record<string, unknown>, unknown, (string | number)[]][] = [
  ['example model', example, exampleData, ['event']],
  ['1,000-row group', rows, rowsData, ['rows', 500]],
];
try {
  for (const [name, schema, data, at] of cases) {
    const compiled = await precompiled(schema);
    const sources: [string, () => SchemaSource][] = [
      ['interpreter (default)', () => interpreterSchemaBackend],
      ['ajv at run time', () => ajvSchemaBackend],
      ['precompiled', () => compiled.validators],
    ];
    console.log(
      `\n${name} (precompiled module ${(compiled.bytes / 1024).toFixed(1)} KiB, generated in ${compiled.ms.toFixed(0)} ms)`,
    );
    for (const [backend, source] of sources) {
      const built = performance.now();
      const validator = new SchemaValidator('model', structuredClone(schema), source());
      validator.validate(data, []);
      const firstMs = performance.now() - built;
      const wholeMs = time(() => validator.validate(data, []), 20);
      const partMs = time(() => validator.validate(data, at), 200);
      const issues = validator.validate(data, []).length;
      console.log(
        `  ${backend.padEnd(22)} build + first check ${firstMs.toFixed(1).padStart(7)} ms, whole model ${wholeMs.toFixed(2).padStart(7)} ms, one ${String(at.at(-1))} ${partMs.toFixed(3)} ms, ${issues} issues`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
