import { expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { parseValidationConfig } from '../../../src/core/validation/expressionConfig.ts';
import { input, layoutSet, setup } from './helpers.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';

const config = {
  validations: {
    'person.email': [
      'notEmpty',
      {
        message: 'email.invalid',
        condition: ['not', ['contains', ['dataModel', ['argv', 0]], '@']],
        severity: 'warning',
      },
    ],
    'rows.amount': [
      { ref: 'positive', showImmediately: true },
      { ref: 'positive', message: 'amount.info', severity: 'info' },
      {
        message: ['concat', 'amount.', ['dataModel', 'rows.kind']],
        condition: ['equals', ['dataModel', 'rows.kind'], 'big'],
        severity: 'success',
      },
    ],
  },
  definitions: {
    notEmpty: { message: 'required.msg', condition: ['equals', ['dataModel', ['argv', 0]], null] },
    positive: { message: 'must.be.positive', condition: ['lessThan', ['dataModel', ['argv', 0]], 0] },
    stillPositive: { ref: 'positive', severity: 'warning' },
  },
};

function form(data: unknown) {
  const components: RawComponent[] = [
    input('email', 'person.email'),
    { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: ['amount', 'kind'] },
    input('amount', 'rows.amount'),
    input('kind', 'rows.kind'),
  ];
  const schema = {
    type: 'object',
    properties: {
      rows: {
        type: 'array',
        items: { type: 'object', properties: { amount: { type: 'number' }, kind: { type: 'string' } } },
      },
    },
  };
  return setup(
    layoutSet({ one: components }, { dataModelSchemas: { model: schema }, validationConfigs: { model: config } }),
    data,
  );
}

describeSchemaBackends('expression validations', () => {
  it('resolves definitions, refs and local overrides; drops broken entries with a warning', () => {
    const parsed = parseValidationConfig({
      ...config,
      validations: { ...config.validations, broken: ['nope', { message: 'only.message' }, { ref: 'stillPositive' }] },
    });
    expect(parsed.rules.get('rows.amount')?.map((rule) => [rule.message, rule.severity, rule.showImmediately])).toEqual(
      [
        ['must.be.positive', 'error', true],
        ['amount.info', 'info', false],
        [['concat', 'amount.', ['dataModel', 'rows.kind']], 'success', false],
      ],
    );
    expect(parsed.rules.get('broken')?.map((rule) => rule.severity)).toEqual(['warning']);
    expect(parsed.warnings).toHaveLength(2);
  });

  it('runs each rule with its severity; the message is a string expression used as a text key', () => {
    const f = form({ person: { email: 'x' }, rows: [{ amount: -1, kind: 'big' }, { amount: 3 }] });
    expect(f.validator.allIssuesFor('email').map((issue) => [issue.textKey, issue.severity])).toEqual([
      ['email.invalid', 'warning'],
    ]);
    expect(f.validator.allIssuesFor('amount-0').map((issue) => [issue.textKey, issue.severity])).toEqual([
      ['must.be.positive', 'error'],
      ['amount.info', 'info'],
      ['amount.big', 'success'],
    ]);
    expect(f.codes('amount-1')).toEqual([]);
    f.type('person.email', '');
    // Errors sort before warnings.
    expect(f.codes('email')).toEqual(['expression:required.msg', 'expression:email.invalid']);
  });

  it('expands over every row, with unindexed paths meaning the same row', () => {
    const f = form({ rows: [{ amount: 1 }, { amount: 2, kind: 'big' }] });
    expect(f.codes('amount-0')).toEqual([]);
    expect(f.codes('amount-1')).toEqual(['expression:amount.big']);
    f.type('rows[0].kind', 'big');
    expect(f.codes('amount-0')).toEqual(['expression:amount.big']);
    f.engine.data.model().set('rows[2]', { amount: -5 });
    expect(f.codes('amount-2')).toEqual(['expression:must.be.positive', 'expression:amount.info']);
  });

  it('shows showImmediately rules at once (category 0), and others on change', () => {
    const f = form({ rows: [{ amount: -1 }] });
    const [immediate, info] = f.validator.allIssuesFor('amount-0');
    expect(immediate.category).toBe(0);
    expect(info.category).toBe(4);
    expect(f.visible('amount-0')).toEqual(['expression:must.be.positive', 'expression:amount.info']);
    f.engine.data.model().set('rows[0].amount', 2);
    expect(f.visible('amount-0')).toEqual([]);
  });
});
