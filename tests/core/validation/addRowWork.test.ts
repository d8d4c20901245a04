import { expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { addRow } from '../../../src/core/rows/index.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';
import { input, layoutSet, setup } from './helpers.ts';

// Issue 14: adding a row to a big group is work for the new row, not for every row.
const ROWS = 500;

function bigGroup(arrayRules: Record<string, unknown> = {}) {
  const components: RawComponent[] = [
    { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: ['name', 'amount'] },
    input('name', 'rows.name', { required: true }),
    input('amount', 'rows.amount'),
  ];
  const schema = {
    type: 'object',
    properties: {
      rows: {
        type: 'array',
        ...arrayRules,
        items: {
          type: 'object',
          properties: { altinnRowId: { type: 'string' }, name: { type: 'string' }, amount: { type: 'integer' } },
        },
      },
    },
  };
  const rows = Array.from({ length: ROWS }, (_, i) => ({ altinnRowId: `r${i}`, name: `n${i}`, amount: i }));
  const form = setup(layoutSet({ one: components }, { dataModelSchemas: { model: schema } }), { rows });
  const add = (values: Record<string, unknown> = {}) =>
    addRow(
      (dataType) => form.engine.data.model(dataType),
      { dataType: 'model', field: 'rows' },
      () => 'new',
      values,
    );
  return { form, add };
}

describeSchemaBackends('adding a row to a big group', () => {
  it('checks the new row alone: its fields and the group run, the schema is checked at the new row', () => {
    const { form, add } = bigGroup();
    const before = form.validator.stats;
    const visits = form.engine.tree.rowVisitCount;
    add();
    const after = form.validator.stats;
    expect(after.nodeRuns - before.nodeRuns).toBeLessThanOrEqual(3);
    // The tree looks at the new row's item alone, not at the 500 before it.
    expect(form.engine.tree.rowVisitCount - visits).toBe(1);
    expect(after.schemaRoots.at(-1)).toBe(`rows[${ROWS}]`);
    expect(form.codes(`name-${ROWS}`)).toEqual(['required:form_filler.error_required']);
  });

  it('looks at the new row alone after typing in another row', () => {
    const { form, add } = bigGroup();
    form.type('rows[10].name', 'typed');
    const visits = form.engine.tree.rowVisitCount;
    add();
    // The typed-in row (a new object with the same key) and the new row.
    expect(form.engine.tree.rowVisitCount - visits).toBe(2);
    expect(form.engine.tree.node('rows')!.rows!.map((row) => row.key)).toEqual([
      ...Array.from({ length: ROWS }, (_, i) => `r${i}`),
      'new',
    ]);
  });

  it('still finds a schema error in the new row', () => {
    const { form, add } = bigGroup();
    add({ amount: 'not a number' });
    expect(form.codes(`amount-${ROWS}`)).toEqual(['schema:validation_errors.pattern']);
  });

  it('checks the whole array when its schema counts the rows, and says when there are too many', () => {
    const { form, add } = bigGroup({ maxItems: ROWS });
    add();
    expect(form.validator.stats.schemaRoots.at(-1)).toBe('rows');
    expect(form.validator.allIssues().some((issue) => issue.textKey === 'validation_errors.maxItems')).toBe(true);
  });
});
