import { describe, expect, it } from 'vitest';
import { formOf } from '../tree/helpers.ts';

// Apps made before frontend v4 and never migrated by Studio (corpus: designer-testdata).
describe('pre-v4 group formats', () => {
  it('reads a Group with maxCount above 1 as a repeating group, with a warning at its type', () => {
    const { tree } = formOf(
      {
        p: [
          {
            id: 'changes',
            type: 'Group',
            maxCount: 99,
            dataModelBindings: { group: 'Changes' },
            children: ['1:amount'],
          },
          { id: 'amount', type: 'Input', dataModelBindings: { simpleBinding: 'Changes.Amount' } },
        ],
      },
      {
        Changes: [
          { altinnRowId: 'a', Amount: '1' },
          { altinnRowId: 'b', Amount: '2' },
        ],
      },
    );
    const group = tree.node('changes');
    expect(group?.type).toBe('RepeatingGroup');
    expect(group?.rows?.map((row) => row.children.map((child) => child.id))).toEqual([['amount-0'], ['amount-1']]);
    expect(tree.node('amount-1')?.displayValue()).toBe('2');
    expect(tree.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'legacy-format',
        componentId: 'changes',
        pointer: '/data/layout/0/type',
      }),
    ]);
  });

  it('keeps a Group without maxCount, even with a group binding, as a plain group', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'box', type: 'Group', maxCount: 1, dataModelBindings: { group: 'Box' }, children: ['name'] },
          { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'Box.Name' } },
        ],
      },
      { Box: { Name: 'x' } },
    );
    expect(tree.node('box')?.type).toBe('Group');
    expect(tree.diagnostics).toEqual([]);
  });

  it('reads a Group in edit mode "likert" as a group around a Likert with questions and answer bindings', () => {
    const { tree } = formOf(
      {
        p: [
          {
            id: 'survey',
            type: 'Group',
            maxCount: 99,
            textResourceBindings: { title: 'Survey' },
            dataModelBindings: { group: 'Questions' },
            edit: { mode: 'likert', filter: [{ key: 'start', value: '1' }] },
            children: ['row'],
          },
          {
            id: 'row',
            type: 'Likert',
            textResourceBindings: { title: 'question-text' },
            dataModelBindings: { simpleBinding: 'Questions.Answer' },
            options: [{ value: '1', label: 'Yes' }],
          },
        ],
      },
      { Questions: [{ altinnRowId: 'q0', Answer: '1' }, { altinnRowId: 'q1', Answer: '1' }, { altinnRowId: 'q2' }] },
    );
    expect(tree.node('survey')?.type).toBe('Group');
    const likert = tree.node('row');
    expect(likert?.type).toBe('Likert');
    // The group's filter moved to the Likert: it starts at the second question.
    expect(likert?.rows?.map((row) => row.isHidden())).toEqual([true, false, false]);
    expect(likert?.rows?.[1].children[0].displayValue()).toBe('Yes');
    expect(tree.diagnostics.map((d) => [d.code, d.componentId])).toEqual([['legacy-format', 'survey']]);
  });
});
