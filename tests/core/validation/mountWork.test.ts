import { expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';
import { input, layoutSet, setup } from './helpers.ts';

// Issue 14: mounting a big group is work per row field, but as little as it can be.
const ROWS = 1000;
const FIELDS = ['a', 'b', 'c', 'd', 'e'];

function bigGroup(group: Partial<RawComponent> = {}, rows = ROWS, field: Partial<RawComponent> = {}) {
  const components: RawComponent[] = [
    { id: 'hide', type: 'Input', dataModelBindings: { simpleBinding: 'hide' } },
    { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: FIELDS, ...group },
    ...FIELDS.map((id) => input(id, `rows.${id}`, id === 'a' ? field : {})),
  ];
  const schema = {
    type: 'object',
    properties: {
      hide: { type: 'string' },
      rows: {
        type: 'array',
        items: { type: 'object', properties: Object.fromEntries(FIELDS.map((field) => [field, { type: 'string' }])) },
      },
    },
  };
  const data = Array.from({ length: rows }, (_, row) => Object.fromEntries(FIELDS.map((field) => [field, `${row}`])));
  return setup(layoutSet({ one: components }, { dataModelSchemas: { model: schema } }), { rows: data });
}

describeSchemaBackends('mounting a big group', () => {
  it('keeps no hidden-state cell per row field: they follow the group', () => {
    const form = bigGroup();
    expect(form.validator.stats.nodeRuns).toBe(ROWS * FIELDS.length + 2);
    // Was one per node (5,002): now the page's and the group's own, whatever the row count.
    expect(form.engine.tree.cellCount).toBeLessThanOrEqual(4);
  });

  it('tells the validator about every row field when the group hides or shows', () => {
    const form = bigGroup({ hidden: ['equals', ['dataModel', 'hide'], 'yes'] }, 3, { required: true });
    form.engine.data.setText({ dataType: 'model', field: 'rows[2].a' }, '');
    expect(form.codes('a-2')).toEqual(['required:form_filler.error_required']);
    form.type('hide', 'yes');
    expect(form.engine.tree.node('a-2')?.isHidden()).toBe(true);
    expect(form.codes('a-2')).toEqual([]);
    expect(form.validator.allIssues()).toEqual([]);
    form.type('hide', 'no');
    expect(form.codes('a-2')).toEqual(['required:form_filler.error_required']);
  });

  it('lists the form-wide issues as they come and go, with none at mount', () => {
    const form = bigGroup({}, 3, { required: true });
    expect(form.validator.allIssues()).toEqual([]);
    form.engine.data.setText({ dataType: 'model', field: 'rows[1].a' }, '');
    expect(form.validator.allIssues().map((issue) => issue.nodeId)).toEqual(['a-1']);
    form.validator.show(['Required']);
    expect(form.validator.visibleIssues().map((issue) => issue.nodeId)).toEqual(['a-1']);
    form.type('rows[1].a', 'back');
    expect(form.validator.allIssues()).toEqual([]);
    expect(form.validator.visibleIssues()).toEqual([]);
  });
});
