import { describe, expect, it } from 'vitest';
import { formOf, rows } from './helpers.ts';

// A prefilled row may not be deleted, nor saved while its amount is 1 (as apps write `edit` flags).
const layout = [
  {
    id: 'changes',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'Changes' },
    children: ['amount'],
    edit: {
      deleteButton: ['not', ['dataModel', 'Changes.isPrefill']],
      saveButton: ['not', ['and', ['dataModel', 'Changes.isPrefill'], ['equals', ['component', 'amount'], 1]]],
    },
  },
  { id: 'amount', type: 'Input', dataModelBindings: { simpleBinding: 'Changes.amount' } },
];

describe('RowNode.evaluate', () => {
  it('evaluates the group’s edit flags in each row, reading the row’s own fields and components', () => {
    const { tree } = formOf(
      { p: layout },
      { Changes: rows(3, (index) => ({ isPrefill: index !== 1, amount: index === 0 ? 1 : 5 })) },
    );
    const group = tree.node('changes')!;
    expect(group.rows!.map((row) => row.evaluate('edit.deleteButton', 'boolean', true))).toEqual([false, true, false]);
    expect(group.rows!.map((row) => row.evaluate('edit.saveButton', 'boolean', true))).toEqual([false, true, true]);
    expect(group.rows![0].evaluate('edit.editButton', 'boolean', true)).toBe(true);
  });

  it('re-evaluates after the row’s data changes and reports the group as changed', () => {
    const { tree, store } = formOf({ p: layout }, { Changes: rows(2, () => ({ isPrefill: true, amount: 1 })) });
    const group = tree.node('changes')!;
    expect(group.rows![1].evaluate('edit.saveButton', 'boolean', true)).toBe(false);
    const changed: string[] = [];
    tree.subscribe((ids) => changed.push(...ids));
    store.set('Changes[1].amount', 2);
    expect(changed).toContain('changes');
    expect(group.rows![1].evaluate('edit.saveButton', 'boolean', true)).toBe(true);
    expect(group.rows![0].evaluate('edit.saveButton', 'boolean', true)).toBe(false);
  });
});
