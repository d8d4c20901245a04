import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { toDiagnostics } from '../../../src/core/schemas/schemaDiagnostics.ts';

/**
 * ajv's errors for `count` components that each fail a union of two component types: the Input
 * branch is rejected by its `type` constant, the Header branch has the real finding. Every read
 * of an error's property is counted.
 */
function failingComponents(count: number, reads: { count: number }): ErrorObject[] {
  const errors: ErrorObject[] = [];
  for (let index = 0; index < count; index++) {
    const at = `/data/layout/${index}`;
    errors.push(
      {
        keyword: 'const',
        instancePath: `${at}/type`,
        schemaPath: '#/definitions/Input/properties/type/const',
        params: { allowedValue: 'Input' },
      },
      {
        keyword: 'required',
        instancePath: at,
        schemaPath: '#/definitions/Input/required',
        params: { missingProperty: 'dataModelBindings' },
      },
      {
        keyword: 'type',
        instancePath: `${at}/size`,
        schemaPath: '#/definitions/Header/properties/size/type',
        params: { type: 'string' },
        message: 'must be string',
      },
      { keyword: 'anyOf', instancePath: at, schemaPath: '#/properties/data/properties/layout/items/anyOf', params: {} },
    );
  }
  return errors.map(
    (error) =>
      new Proxy(error, {
        get(target, key, receiver) {
          reads.count++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
}

describe('toDiagnostics (issue 12, finding 2)', () => {
  it('keeps the finding of the branch that was meant and drops the rejected one', () => {
    const diagnostics = toDiagnostics(failingComponents(2, { count: 0 }), {}, 'App/ui/form/layouts/p.json', 'layout');
    expect(diagnostics.map(({ pointer, message }) => ({ pointer, message }))).toEqual([
      { pointer: '/data/layout/0/size', message: 'Must be string' },
      { pointer: '/data/layout/1/size', message: 'Must be string' },
    ]);
  });

  it('does work in proportion to the number of errors, not its square', () => {
    const work = (count: number) => {
      const reads = { count: 0 };
      const diagnostics = toDiagnostics(failingComponents(count, reads), {}, 'App/ui/form/layouts/p.json', 'layout');
      expect(diagnostics).toHaveLength(count);
      return reads.count;
    };
    const small = work(500);
    const large = work(4_000);
    // Eight times the errors: linear work is about eight times as much, quadratic sixty-four.
    expect(large / small).toBeLessThan(10);
  });
});
