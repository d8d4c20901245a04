import { expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import type { NodeIssue } from '../../../src/core/validation/index.ts';
import { removeRow } from '../../../src/core/rows/index.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';
import { input, layoutSet, setup } from './helpers.ts';

// Issue 14: deleting a row from a big group moves the later rows' issues with them instead of
// checking every later row again.
const ROWS = 500;

function rowsData() {
  // Every tenth row lacks its name, every seventh has an amount the schema refuses.
  return Array.from({ length: ROWS }, (_, i) => ({
    altinnRowId: `r${i}`,
    ...(i % 10 === 0 ? {} : { name: `n${i}` }),
    amount: i % 7 === 0 ? `bad${i}` : i,
  }));
}

function bigGroup(
  options: { arrayRules?: Record<string, unknown>; name?: Partial<RawComponent>; rows?: unknown[] } = {},
) {
  const components: RawComponent[] = [
    { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: ['name', 'amount'] },
    input('name', 'rows.name', { required: true, ...options.name }),
    input('amount', 'rows.amount'),
  ];
  const schema = {
    type: 'object',
    properties: {
      rows: {
        type: 'array',
        ...options.arrayRules,
        items: {
          type: 'object',
          properties: { altinnRowId: { type: 'string' }, name: { type: 'string' }, amount: { type: 'integer' } },
        },
      },
    },
  };
  const set = layoutSet({ one: components }, { dataModelSchemas: { model: schema } });
  const form = setup(set, { rows: options.rows ?? rowsData() });
  const remove = (key: string) =>
    removeRow((dataType) => form.engine.data.model(dataType), { dataType: 'model', field: 'rows' }, key);
  /** The issues a form opened on the same data finds, to compare with. */
  const fresh = () => setup(set, form.engine.data.model('model').snapshot()).validator.allIssues();
  return { form, remove, fresh };
}

const summary = (issues: readonly NodeIssue[]) =>
  issues.map(({ key, nodeId, field, textKey }) => `${nodeId} ${field} ${textKey} ${key}`).sort();

describeSchemaBackends('deleting a row from a big group', () => {
  it("moves the later rows' issues with them: a handful of checks, not one per later row", () => {
    const { form, remove, fresh } = bigGroup();
    const before = form.validator.stats;
    const evaluations = form.engine.tree.evaluationCount;
    remove('r0');
    const after = form.validator.stats;
    expect(after.nodeRuns - before.nodeRuns).toBeLessThanOrEqual(2);
    expect(after.schemaRuns - before.schemaRuns).toBe(0);
    expect(form.engine.tree.evaluationCount - evaluations).toBe(0);
    // Row 10 (no name) is now row 9, row 7 (a bad amount) row 6.
    expect(form.codes('name-9')).toEqual(['required:form_filler.error_required']);
    expect(form.codes('amount-6')).toEqual(['schema:validation_errors.pattern']);
    expect(form.codes('name-10')).toEqual([]);
    expect(form.codes('amount-7')).toEqual([]);
    expect(form.codes(`name-${ROWS - 1}`)).toEqual([]);
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
  });

  it('looks at the rows from the deleted one on, not at those before it', () => {
    const { form, remove, fresh } = bigGroup();
    const visits = form.engine.tree.rowVisitCount;
    remove(`r${ROWS - 10}`);
    // The deleted row's place (its item is another row's now) and the rows from there on.
    expect(form.engine.tree.rowVisitCount - visits).toBe(1 + 10);
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
    const placeKeyed = bigGroup({ rows: rowsData().map(({ altinnRowId: _id, ...row }) => row) });
    const before = placeKeyed.form.engine.tree.rowVisitCount;
    placeKeyed.remove(`#${ROWS - 10}`);
    // Rows keyed by place keep their nodes: the nine items that moved under them, and the last row, gone.
    expect(placeKeyed.form.engine.tree.rowVisitCount - before).toBe(9 + 1);
    expect(summary(placeKeyed.form.validator.allIssues())).toEqual(summary(placeKeyed.fresh()));
  });

  it('finds the same issues as a form opened on what is left, wherever the row was', () => {
    const { form, remove, fresh } = bigGroup();
    remove('r250');
    remove(`r${ROWS - 1}`);
    remove('r3');
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
  });

  it('keeps the issues a user was shown on the row that moved', () => {
    const { form, remove } = bigGroup();
    form.validator.show(['Required'], ['name-10']);
    expect(form.visible('name-10')).toEqual(['required:form_filler.error_required']);
    remove('r5');
    expect(form.visible('name-9')).toEqual(['required:form_filler.error_required']);
    expect(form.visible('name-10')).toEqual([]);
  });

  it('checks the moved rows again when an expression decides their issues', () => {
    // Required only in the first row: moving a row to index 0 changes its issues.
    const required = ['equals', ['dataModel', 'rows.altinnRowId'], ['dataModel', 'rows[0].altinnRowId']];
    const rows = [{ altinnRowId: 'a', name: 'x' }, { altinnRowId: 'b' }, { altinnRowId: 'c' }];
    const { form, remove, fresh } = bigGroup({ name: { required } as Partial<RawComponent>, rows });
    expect(form.codes('name-0')).toEqual([]);
    remove('a');
    expect(form.codes('name-0')).toEqual(['required:form_filler.error_required']);
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
  });

  it('moves issues with the data when rows have no altinnRowId and keep their place', () => {
    const rows = rowsData().map(({ altinnRowId: _id, ...row }) => row);
    const { form, remove, fresh } = bigGroup({ rows });
    const before = form.validator.stats;
    remove('#0');
    const after = form.validator.stats;
    // The group, and the last row's nodes, whose data came from a row that is gone now.
    expect(after.nodeRuns - before.nodeRuns).toBeLessThanOrEqual(3);
    expect(after.schemaRuns - before.schemaRuns).toBe(0);
    expect(form.codes('name-9')).toEqual(['required:form_filler.error_required']);
    expect(form.codes('name-10')).toEqual([]);
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
    remove('#250');
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
  });

  it('moves the issues of nested rows with their outer row', () => {
    const components: RawComponent[] = [
      { id: 'outer', type: 'RepeatingGroup', dataModelBindings: { group: 'outer' }, children: ['title', 'inner'] },
      input('title', 'outer.title', { required: true }),
      { id: 'inner', type: 'RepeatingGroup', dataModelBindings: { group: 'outer.inner' }, children: ['amount'] },
      input('amount', 'outer.inner.amount', { required: true }),
    ];
    const schema = {
      type: 'object',
      properties: {
        outer: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              altinnRowId: { type: 'string' },
              title: { type: 'string' },
              inner: {
                type: 'array',
                items: { type: 'object', properties: { altinnRowId: { type: 'string' }, amount: { type: 'integer' } } },
              },
            },
          },
        },
      },
    };
    const outer = Array.from({ length: 6 }, (_, i) => ({
      altinnRowId: `o${i}`,
      ...(i % 2 === 0 ? {} : { title: `t${i}` }),
      inner: Array.from({ length: 3 }, (_, j) => ({
        altinnRowId: `o${i}i${j}`,
        amount: j === 1 ? 'x' : j === 2 ? undefined : i,
      })),
    }));
    const set = layoutSet({ one: components }, { dataModelSchemas: { model: schema } });
    const form = setup(set, { outer });
    const fresh = () => setup(set, form.engine.data.model('model').snapshot()).validator.allIssues();
    removeRow((dataType) => form.engine.data.model(dataType), { dataType: 'model', field: 'outer' }, 'o1');
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
    removeRow((dataType) => form.engine.data.model(dataType), { dataType: 'model', field: 'outer[2].inner' }, 'o3i0');
    expect(summary(form.validator.allIssues())).toEqual(summary(fresh()));
    expect(form.codes('amount-2-0')).toEqual(['schema:validation_errors.pattern']);
  });

  it('checks the whole array when its schema counts the rows', () => {
    const { form, remove } = bigGroup({ arrayRules: { minItems: ROWS } });
    remove('r1');
    expect(form.validator.stats.schemaRoots.at(-1)).toBe('rows');
    expect(form.validator.allIssues().some((issue) => issue.textKey === 'validation_errors.minItems')).toBe(true);
  });
});
