import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileModelValidators } from '../../../src/core/node/index.ts';
import type { PrecompiledModelValidators } from '../../../src/core/index.ts';
import { modelSchemaPointers } from '../../../src/core/validation/schemaPointer.ts';

const EXAMPLE = new URL('../../../examples/event-permit/App/models/model.schema.json', import.meta.url);
// Inside the repository, so the generated imports of ajv's run-time helpers resolve.
const dir = mkdtempSync(join(new URL('../../../', import.meta.url).pathname, '.tmp-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(name: string, source: string): Promise<PrecompiledModelValidators> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, source);
  return ((await import(pathToFileURL(file).href)) as { default: PrecompiledModelValidators }).default;
}

const rowSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 2 },
    when: { type: 'string', format: 'date', formatMinimum: '2020-01-01' },
    year: { type: 'string', format: 'year' },
    rows: { type: 'array', maxItems: 2, items: { $ref: '#/definitions/Row' } },
  },
  definitions: { Row: { type: 'object', properties: { n: { type: 'number', multipleOf: 5 } } } },
};

describe('compileModelValidators', () => {
  it('generates an ES module with no require, eval or new Function', () => {
    const source = compileModelValidators('model', rowSchema);
    expect(source).not.toMatch(/\brequire\(/);
    expect(source).not.toMatch(/new Function|\beval\(|\bFunction\(/);
    expect(source).toMatch(/^import \* as __ns\d+ from "ajv-formats\/dist\/formats\.js";$/m);
  });

  it('exports a validator for the whole model and for every pointer incremental validation checks at', async () => {
    const validators = await load('rows', compileModelValidators('model', rowSchema));
    expect(Object.keys(validators).sort()).toEqual(modelSchemaPointers(rowSchema).sort());
    expect(Object.keys(validators)).toEqual(
      expect.arrayContaining(['', '/properties/name', '/properties/rows', '/definitions/Row']),
    );
    const whole = validators[''];
    const data = { name: 'a', when: '2019-05-01', year: '19', rows: [{ n: '7' }, { n: 10 }, {}] };
    expect(whole(data)).toBe(false);
    expect(whole.errors?.map((error) => [error.keyword, error.instancePath])).toEqual([
      ['minLength', '/name'],
      ['formatMinimum', '/when'],
      ['format', '/year'],
      ['maxItems', '/rows'],
      ['multipleOf', '/rows/0/n'],
    ]);
    // Strings the schema types as numbers are coerced in the data, as at run time.
    expect(data.rows[0].n).toBe(7);
    expect(validators['/definitions/Row']({ n: 5 })).toBe(true);
  });

  it('checks the example app with the schema pattern that a strict CSP used to switch off', async () => {
    const schema = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    const validators = await load('example', compileModelValidators('model', schema));
    const event = validators['/properties/event'];
    expect(event({ date: '2024-01-01' })).toBe(false);
    expect(event.errors?.map((error) => error.keyword)).toEqual(['pattern']);
    expect(event({ date: '01.02.2024' })).toBe(true);
  });

  it('throws when ajv cannot compile the schema', () => {
    const broken = { type: 'object', properties: { y: { type: 'string', format: 'year', formatMinimum: '2020' } } };
    expect(() => compileModelValidators('model', broken)).toThrow(/formatMinimum/);
  });
});

describe('compileModelValidators with keys ajv cannot address by pointer', () => {
  it('leaves such a level out (checked a level higher) and still compiles the model', async () => {
    const schema = {
      type: 'object',
      properties: { '50% off': { type: 'object', properties: { n: { type: 'integer', maximum: 5 } } } },
    };
    const validators = await load('odd-keys', compileModelValidators('model', schema));
    expect(validators['']({ '50% off': { n: 9 } })).toBe(false);
    expect(validators['']?.errors?.map((error) => [error.keyword, error.instancePath])).toEqual([
      ['maximum', '/50% off/n'],
    ]);
  });
});
