import { describe, expect, it } from 'vitest';
import { formOf, rows } from './helpers.ts';

const nested = [
  {
    id: 'companies',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'Companies' },
    children: ['name', 'employees', 'fixed'],
  },
  { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'Companies.Name' } },
  { id: 'fixed', type: 'Input', dataModelBindings: { simpleBinding: 'Companies[0].Name' } },
  { id: 'employees', type: 'RepeatingGroup', dataModelBindings: { group: 'Companies.Employees' }, children: ['age'] },
  { id: 'age', type: 'Input', dataModelBindings: { simpleBinding: 'Companies.Employees.Age' } },
];

const nestedData = {
  Companies: [
    { altinnRowId: 'c0', Name: 'A', Employees: [{ altinnRowId: 'e00', Age: 30 }] },
    {
      altinnRowId: 'c1',
      Name: 'B',
      Employees: [
        { altinnRowId: 'e10', Age: 40 },
        { altinnRowId: 'e11', Age: 50 },
      ],
    },
  ],
};

describe('row expansion', () => {
  it('expands repeating groups into rows with indexed ids and row indices', () => {
    const { tree } = formOf({ p: nested }, nestedData);
    const group = tree.node('companies')!;
    expect(group.rows?.map((row) => [row.key, row.index, row.path])).toEqual([
      ['c0', 0, 'Companies[0]'],
      ['c1', 1, 'Companies[1]'],
    ]);
    expect(group.rows?.[1].children.map((child) => child.id)).toEqual(['name-1', 'employees-1', 'fixed-1']);
    const age = tree.node('age-1-1')!;
    expect(age).toMatchObject({ baseId: 'age', rowIndices: [1, 1], page: 'p' });
    expect(age.parent?.id).toBe('employees-1');
    expect(age.row?.key).toBe('e11');
  });

  it('transposes bindings to the row, keeping explicit indexes', () => {
    const { tree } = formOf({ p: nested }, nestedData);
    expect(tree.node('name-1')?.bindings.simpleBinding).toEqual({ dataType: 'model', field: 'Companies[1].Name' });
    expect(tree.node('employees-1')?.bindings.group).toEqual({ dataType: 'model', field: 'Companies[1].Employees' });
    expect(tree.node('age-1-0')?.bindings.simpleBinding).toEqual({
      dataType: 'model',
      field: 'Companies[1].Employees[0].Age',
    });
    expect(tree.node('fixed-1')?.bindings.simpleBinding).toEqual({ dataType: 'model', field: 'Companies[0].Name' });
  });

  it('has no rows while the array is missing, and grows them when data arrives', () => {
    const { tree, store } = formOf({ p: nested }, {});
    expect(tree.node('companies')?.rows).toEqual([]);
    store.set('Companies', [{ altinnRowId: 'x', Employees: [{ altinnRowId: 'y' }] }]);
    expect(tree.node('age-0-0')?.bindings.simpleBinding.field).toBe('Companies[0].Employees[0].Age');
  });

  it('keeps row nodes when rows are removed in front of them, re-indexing them in place', () => {
    const { tree, store } = formOf({ p: nested }, nestedData);
    const second = tree.node('companies')!.rows![1];
    const age = tree.node('age-1-1')!;
    const expansions = tree.rowExpansionCount;
    store.set('Companies', [nestedData.Companies[1]]);
    const rowsNow = tree.node('companies')!.rows!;
    expect(rowsNow).toHaveLength(1);
    expect(rowsNow[0]).toBe(second);
    expect(second.index).toBe(0);
    expect(tree.node('age-0-1')).toBe(age);
    expect(age.bindings.simpleBinding.field).toBe('Companies[0].Employees[1].Age');
    expect(tree.node('age-1-1')).toBeUndefined();
    expect(tree.rowExpansionCount).toBe(expansions);
  });

  it('looks at the rows from the first changed item on: adding a row, or deleting one near the end', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ altinnRowId: `r${i}`, Name: `n${i}` }));
    const { tree, store } = formOf({ p: nested }, { Companies: items });
    const visits = tree.rowVisitCount;
    store.set('Companies[200]', { altinnRowId: 'added' });
    expect(
      tree
        .node('companies')!
        .rows!.map((row) => row.key)
        .slice(-2),
    ).toEqual(['r199', 'added']);
    expect(tree.rowVisitCount - visits).toBe(1);
    const kept = tree.node('name-197');
    store.set(
      'Companies',
      (store.get('Companies') as unknown[]).filter((_, at) => at !== 195),
    );
    // Row 195 is gone and the five after it moved up one: its place, then the rows from there on.
    // The 195 before it were not looked at.
    expect(tree.rowVisitCount - visits).toBe(1 + 1 + 6);
    expect(tree.node('name-196')).toBe(kept);
    expect(tree.node('companies')!.rows!.map((row) => row.index)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('keys a repeated altinnRowId by place, also when only the rows after the first one change', () => {
    const { tree, store } = formOf({ p: nested }, { Companies: [{ altinnRowId: 'a' }, { altinnRowId: 'b' }] });
    store.set('Companies[2]', { altinnRowId: 'a' });
    expect(tree.node('companies')!.rows!.map((row) => row.key)).toEqual(['a', 'b', '#2']);
    const first = tree.node('companies')!.rows![0];
    store.set('Companies', [store.get('Companies[0]'), { altinnRowId: 'a' }]);
    expect(tree.node('companies')!.rows!.map((row) => row.key)).toEqual(['a', '#1']);
    expect(tree.node('companies')!.rows![0]).toBe(first);
  });

  it('expands Likert questions into LikertItem rows bound to the answer', () => {
    const { tree } = formOf(
      {
        p: [
          {
            id: 'survey',
            type: 'Likert',
            dataModelBindings: { questions: 'Q', answer: 'Q.Answer' },
            filter: [{ key: 'start', value: 1 }],
          },
        ],
      },
      { Q: rows(3) },
    );
    const items = tree.node('survey')!.rows!.map((row) => row.children[0]);
    expect(items.map((item) => [item.id, item.type, item.bindings.simpleBinding.field])).toEqual([
      ['survey-item-0', 'LikertItem', 'Q[0].Answer'],
      ['survey-item-1', 'LikertItem', 'Q[1].Answer'],
      ['survey-item-2', 'LikertItem', 'Q[2].Answer'],
    ]);
    expect(items.map((item) => item.isHidden())).toEqual([true, false, false]);
  });

  it('keeps rowsBefore/rowsAfter components outside the rows', () => {
    const { tree } = formOf(
      {
        p: [
          {
            id: 'g',
            type: 'RepeatingGroup',
            dataModelBindings: { group: 'R' },
            children: ['in'],
            rowsAfter: [{ cells: [{ component: 'total' }] }],
          },
          { id: 'in', type: 'Input', dataModelBindings: { simpleBinding: 'R.x' } },
          { id: 'total', type: 'Number', value: 1 },
        ],
      },
      { R: rows(2) },
    );
    expect(tree.node('g')!.children.map((child) => child.id)).toEqual(['total']);
    expect(tree.node('total')?.rowIndices).toEqual([]);
  });

  it('records the inner page of "N:id" children', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'R' }, children: ['0:a', '1:b'] },
          { id: 'a', type: 'Input', dataModelBindings: { simpleBinding: 'R.a' } },
          { id: 'b', type: 'Input', dataModelBindings: { simpleBinding: 'R.b' } },
        ],
      },
      { R: rows(1) },
    );
    expect(tree.node('b-0')?.multiPageIndex).toBe(1);
  });
});
