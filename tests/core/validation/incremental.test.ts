import { expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { input, layoutSet, setup } from './helpers.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';

const ROWS = 1000;

function bigForm() {
  const components: RawComponent[] = [
    {
      id: 'rows',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'rows' },
      children: ['name', 'amount'],
      minCount: 1,
    },
    input('name', 'rows.name', { required: true }),
    input('amount', 'rows.amount'),
  ];
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      rows: {
        type: 'array',
        items: {
          type: 'object',
          properties: { name: { type: 'string', maxLength: 10 }, amount: { type: 'integer', minimum: 0 } },
        },
      },
      title: { type: 'string', minLength: 2 },
    },
  };
  const validation = {
    validations: {
      'rows.name': [{ message: 'name.is.x', condition: ['equals', ['dataModel', ['argv', 0]], 'x'] }],
      'rows.amount': [{ message: 'amount.too.big', condition: ['greaterThan', ['dataModel', 'rows.amount'], 100] }],
    },
  };
  const set = layoutSet(
    { one: components },
    { dataModelSchemas: { model: schema }, validationConfigs: { model: validation } },
  );
  const rows = Array.from({ length: ROWS }, (_, i) => ({ altinnRowId: `r${i}`, name: `n${i}`, amount: i % 100 }));
  return setup(set, { rows });
}

describeSchemaBackends('incremental validation', () => {
  it('re-validates only the changed row after one keystroke in a 1,000-row group', () => {
    const form = bigForm();
    const before = form.validator.stats;
    expect(before.nodeRuns).toBe(1 + 2 * ROWS);
    expect(before.expressionRuns).toBe(2 * ROWS);
    expect(before.schemaRuns).toBe(1);

    form.type('rows[517].name', 'n517x');
    const after = form.validator.stats;
    expect(after.nodeRuns - before.nodeRuns).toBe(1);
    expect(after.expressionRuns - before.expressionRuns).toBe(1);
    expect(after.schemaRuns - before.schemaRuns).toBe(1);
    expect(after.schemaRoots.at(-1)).toBe('rows[517]');
  });

  it('checks a top-level field on its own, not the whole model', () => {
    const form = bigForm();
    form.type('title', 'x');
    expect(form.validator.stats.schemaRoots.at(-1)).toBe('title');
  });

  it('finds the new problem in the changed row, and only there', () => {
    const form = bigForm();
    form.type('rows[517].name', 'x');
    form.type('rows[3].amount', '1000');
    form.type('rows[4].name', 'much too long a name');
    expect(form.codes('name-517')).toEqual(['expression:name.is.x']);
    expect(form.codes('amount-3')).toEqual(['expression:amount.too.big']);
    expect(form.codes('name-4')).toEqual(['schema:validation_errors.maxLength']);
    expect(form.validator.allIssues().map((issue) => issue.nodeId)).toEqual(['amount-3', 'name-4', 'name-517']);
  });

  it('re-validates only the new row when a row is added, and drops a removed row', () => {
    const form = bigForm();
    const before = form.validator.stats;
    form.engine.data.model().set(`rows[${ROWS}]`, { altinnRowId: 'new' });
    const after = form.validator.stats;
    // The new row's two fields and the group itself (its row count).
    expect(after.nodeRuns - before.nodeRuns).toBe(3);
    expect(after.expressionRuns - before.expressionRuns).toBe(2);
    expect(form.codes(`name-${ROWS}`)).toEqual(['required:form_filler.error_required']);

    const rows = form.engine.data.model().get('rows') as unknown[];
    form.engine.data.model().set('rows', rows.slice(0, ROWS));
    expect(form.validator.allIssuesFor(`name-${ROWS}`)).toEqual([]);
    expect(form.validator.allIssues()).toEqual([]);
  });

  it('moves issues with their rows when a row in the middle is removed', () => {
    const form = bigForm();
    form.type('rows[2].name', 'x');
    form.type('rows[3].amount', '500');
    const rows = form.engine.data.model().get('rows') as unknown[];
    form.engine.data.model().set('rows', [...rows.slice(0, 1), ...rows.slice(2)]);
    expect(form.codes('name-1')).toEqual(['expression:name.is.x']);
    expect(form.codes('amount-2')).toEqual(['expression:amount.too.big']);
    expect(form.validator.allIssues().map((issue) => issue.nodeId)).toEqual(['name-1', 'amount-2']);
  });

  it('notifies only the node whose shown issues changed', () => {
    const form = bigForm();
    const heard: string[] = [];
    for (const id of ['name-1', 'name-2', 'amount-1', 'rows']) form.validator.subscribeNode(id, () => heard.push(id));
    let global = 0;
    form.validator.subscribe(() => global++);
    const version = form.validator.nodeVersion('name-1');
    form.type('rows[1].name', 'x');
    expect(heard).toEqual(['name-1']);
    expect(form.validator.nodeVersion('name-1')).toBe(version + 1);
    expect(global).toBe(1);
    form.type('rows[1].name', 'y');
    expect(heard).toEqual(['name-1', 'name-1']);
    form.type('rows[2].name', 'z');
    expect(heard).toEqual(['name-1', 'name-1']);
  });

  it('returns the same issue array until something changes, for cheap re-render checks', () => {
    const form = bigForm();
    form.type('rows[1].name', 'x');
    const first = form.validator.issuesFor('name-1');
    form.type('rows[2].name', 'other');
    expect(form.validator.issuesFor('name-1')).toBe(first);
    const list = form.validator.visibleIssues();
    expect(form.validator.visibleIssues()).toBe(list);
    form.type('rows[2].name', 'x');
    expect(form.validator.visibleIssues()).not.toBe(list);
    expect(form.validator.visibleIssues().map((issue) => issue.nodeId)).toEqual(['name-1', 'name-2']);
  });
});
