import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { readAltinnSchemaDocuments } from '../../../src/core/node/altinnSchemas.ts';
import { compileAltinnSchemaValidators } from '../../../src/core/schemas/altinnAjv.ts';
import { createAltinnSchemaChecker, type ValidatorFor } from '../../../src/core/schemas/altinnSchemaChecker.ts';
import { ALTINN_SCHEMA_DIR } from '../../support/altinnSchemas.ts';

/**
 * Below a mistake in a nested expression, ajv tries every branch of the expression schema at every
 * level and keeps each branch's errors, even in the fast validator: their number doubles with each
 * level. A fuzz run (SKJEMA_FUZZ_SEED=1381720251) met an unknown function 49 levels down and its
 * worker ran out of its 4 GB heap on that one app. The errors ajv collects are counted here.
 */
describe('the Altinn schema checker on deeply nested wrong expressions (issue 14, the fuzz run out of memory)', () => {
  it('keeps the work ajv does bounded however deep the mistake, and still reports it once', async () => {
    const { fast, detailed } = compileAltinnSchemaValidators(await readAltinnSchemaDocuments(ALTINN_SCHEMA_DIR, 'v8'));
    let collected = 0;
    const counting = (validators: typeof fast): ValidatorFor => {
      const of = validators as ValidatorFor;
      return (kind) => {
        const validate = of(kind);
        if (!validate) return null;
        return ((data: unknown) => {
          const valid = validate(data);
          collected += validate.errors?.length ?? 0;
          return valid;
        }) as ValidateFunction;
      };
    };
    const checker = createAltinnSchemaChecker({ fast: counting(fast), detailed: counting(detailed) });
    const findings = (depth: number) => {
      let hidden: unknown = ['add', ['dataModel', 'a'], 1];
      for (let level = 0; level < depth; level++) hidden = ['not', hidden];
      // A component valid but for the expression, so that the schema is asked about the expression.
      const component = {
        id: 'pick',
        type: 'Dropdown',
        dataModelBindings: { simpleBinding: 'a' },
        options: [{ value: 'a', label: 'a' }],
        hidden,
      };
      collected = 0;
      const diagnostics = checker.check('layout', { data: { layout: [component] } }, 'p.json');
      return { pointers: diagnostics.map((d) => d.pointer), collected };
    };
    const shallow = findings(2);
    const deep = findings(10);
    for (const found of [shallow, deep]) expect(found.pointers).toEqual(['/data/layout/0/hidden']);
    // Eight more levels of the same mistake: no more errors collected, where they were doubling.
    expect(deep.collected).toBeLessThanOrEqual(shallow.collected);
    const deeper = findings(200);
    expect(deeper.pointers).toEqual(['/data/layout/0/hidden']);
    expect(deeper.collected).toBe(deep.collected);
  }, 60_000);
});
