import { expect, it } from 'vitest';
import { input, layoutSet, setup } from './helpers.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';

const schema = (properties: Record<string, unknown>, draft = 'https://json-schema.org/draft/2020-12/schema') => ({
  $schema: draft,
  type: 'object',
  properties,
});

describeSchemaBackends('schema validation', () => {
  it('maps keywords to validation_errors texts with the limit as parameter', () => {
    const set = layoutSet(
      {
        one: [
          input('age', 'age'),
          input('name', 'name'),
          input('code', 'code'),
          input('kind', 'kind'),
          input('short', 'short'),
        ],
      },
      {
        dataModelSchemas: {
          model: schema({
            age: { type: 'integer', minimum: 18, maximum: 120 },
            name: { type: 'string', minLength: 2, maxLength: 5 },
            code: { type: 'string', pattern: '^[A-Z]+$' },
            kind: { type: 'string', enum: ['a', 'b'] },
            short: { type: 'string', maxLength: 3, errorMessage: 'custom.short' },
          }),
        },
      },
    );
    const form = setup(set, { age: 5, name: 'abcdefg', code: 'abc', kind: 'c', short: 'abcd' });
    const params = (id: string) => form.validator.allIssuesFor(id).map((issue) => [issue.textKey, ...issue.params]);
    expect(params('age')).toEqual([['validation_errors.min', '18']]);
    expect(params('name')).toEqual([['validation_errors.maxLength', '5']]);
    expect(params('code')).toEqual([['validation_errors.pattern', '^[A-Z]+$']]);
    expect(params('kind')).toEqual([['validation_errors.enum', 'a, b']]);
    expect(params('short')).toEqual([['custom.short']]);
    expect(form.validator.message(form.validator.allIssuesFor('age')[0])).toBe('Minste tillatte verdi er 18');
    // Schema errors show on change (AllExceptRequired), as errors with the Schema category.
    expect(form.visible('age')).toEqual(['schema:validation_errors.min']);
    expect(form.validator.allIssuesFor('age')[0]).toMatchObject({
      severity: 'error',
      source: 'schema',
      category: 1,
      field: 'age',
    });
  });

  it('ignores empty values and `required` keywords, and re-checks when the value changes', () => {
    const set = layoutSet(
      { one: [input('name', 'name')] },
      { dataModelSchemas: { model: { ...schema({ name: { type: 'string', minLength: 3 } }), required: ['name'] } } },
    );
    const form = setup(set);
    expect(form.codes('name')).toEqual([]);
    form.type('name', 'ab');
    expect(form.codes('name')).toEqual(['schema:validation_errors.minLength']);
    form.type('name', 'abc');
    expect(form.codes('name')).toEqual([]);
  });

  it('uses draft-07 when the schema does not say 2020-12, and follows $refs into rows', () => {
    const set = layoutSet(
      {
        one: [
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'g' }, children: ['v'] },
          input('v', 'g.v'),
        ],
      },
      {
        dataModelSchemas: {
          model: {
            $schema: 'http://json-schema.org/draft-07/schema#',
            $id: 'https://example.org/model.schema.json',
            type: 'object',
            properties: { g: { type: 'array', maxItems: 2, items: { $ref: '#/definitions/Row' } } },
            definitions: { Row: { type: 'object', properties: { v: { type: 'number', multipleOf: 5 } } } },
          },
        },
      },
    );
    const form = setup(set, { g: [{ v: 5 }, { v: 7 }] });
    expect(form.codes('v-1')).toEqual(['schema:validation_errors.multipleOf']);
    form.type('g[1].v', '10');
    expect(form.codes('v-1')).toEqual([]);
    form.engine.data.model().set('g[2]', { v: 15 });
    expect(form.codes('g')).toEqual(['schema:validation_errors.maxItems']);
  });

  it('files minItems errors under Required, so they wait for a trigger', () => {
    const set = layoutSet(
      {
        one: [
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'g' }, children: ['v'] },
          input('v', 'g.v'),
        ],
      },
      { dataModelSchemas: { model: schema({ g: { type: 'array', minItems: 2, items: { type: 'object' } } }) } },
    );
    const form = setup(set, { g: [{ v: 'x' }] });
    expect(form.codes('g')).toEqual(['schema:validation_errors.minItems']);
    expect(form.visible('g')).toEqual([]);
    form.validator.validateAll();
    expect(form.visible('g')).toEqual(['schema:validation_errors.minItems']);
  });

  it('checks formats, and drops formatMinimum when the format itself failed', () => {
    const set = layoutSet(
      { one: [input('when', 'when'), input('mail', 'mail'), input('year', 'year')] },
      {
        dataModelSchemas: {
          model: schema({
            when: { type: 'string', format: 'date', formatMinimum: '2020-01-01' },
            mail: { type: 'string', format: 'email' },
            year: { type: 'string', format: 'year' },
          }),
        },
      },
    );
    const form = setup(set, { when: 'not a date', mail: 'nope', year: '20x1' });
    expect(form.codes('when')).toEqual(['schema:validation_errors.pattern']);
    expect(form.codes('mail')).toEqual(['schema:validation_errors.pattern']);
    expect(form.codes('year')).toEqual(['schema:validation_errors.pattern']);
    form.type('when', '2019-05-05');
    expect(form.codes('when')).toEqual(['schema:validation_errors.formatMinimum']);
    form.type('year', '2021');
    expect(form.codes('year')).toEqual([]);
  });

  it('reports text that could not be converted to the schema type as invalid data', () => {
    const set = layoutSet(
      { one: [input('age', 'age')] },
      { dataModelSchemas: { model: schema({ age: { type: 'integer' } }) } },
    );
    const form = setup(set, { age: 4 });
    form.type('age', 'abc');
    expect(form.engine.data.get({ dataType: 'model', field: 'age' })).toBeUndefined();
    expect(form.codes('age')).toEqual(['invalidData:validation_errors.pattern']);
    expect(form.visible('age')).toEqual(['invalidData:validation_errors.pattern']);
    form.type('age', '42');
    expect(form.codes('age')).toEqual([]);
  });

  it('attaches a field issue to every component bound to the field, with keys unique across the form', () => {
    const set = layoutSet(
      { one: [input('a', 'age')], two: [input('b', 'age')] },
      { dataModelSchemas: { model: schema({ age: { type: 'integer', maximum: 10 } }) } },
    );
    const form = setup(set, { age: 11 });
    const issues = form.validator.allIssues();
    expect(issues.map((issue) => `${issue.nodeId}@${issue.page}`)).toEqual(['a@one', 'b@two']);
    expect(new Set(issues.map((issue) => issue.key)).size).toBe(2);
  });
});
