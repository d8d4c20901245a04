import { describe, expect, it } from 'vitest';
import { formOf, rows } from './helpers.ts';

const layout = [
  { id: 'summary', type: 'Paragraph', textResourceBindings: { title: ['concat', 'Owner: ', ['dataModel', 'owner']] } },
  { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'R' }, children: ['name', 'note'] },
  {
    id: 'name',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'R.name' },
    hidden: ['equals', ['dataModel', 'R.hide'], true],
  },
  { id: 'note', type: 'Paragraph', hidden: ['equals', ['component', 'name'], 'secret'] },
];

function readAll(tree: ReturnType<typeof formOf>['tree']): void {
  tree.node('summary')!.evaluate('textResourceBindings.title', 'string', '');
  for (const row of tree.node('g')!.rows!) for (const child of row.children) child.isHidden();
}

describe('dependency tracking', () => {
  it('re-evaluates only what read the written path', () => {
    const { tree, store } = formOf({ p: layout }, { owner: 'Ann', R: rows(3, (index) => ({ name: `n${index}` })) });
    readAll(tree);
    const before = tree.evaluationCount;
    readAll(tree);
    expect(tree.evaluationCount).toBe(before);

    store.set('owner', 'Bob');
    readAll(tree);
    expect(tree.evaluationCount - before).toBe(1);
    expect(tree.node('summary')!.evaluate('textResourceBindings.title', 'string', '')).toBe('Owner: Bob');

    const afterOwner = tree.evaluationCount;
    store.set('R[1].name', 'secret');
    readAll(tree);
    // note-1 read name-1 through component(); name-1's own hidden did not read R[1].name.
    expect(tree.evaluationCount - afterOwner).toBe(1);
    expect(tree.node('note-1')!.isHidden()).toBe(true);
  });

  it('recomputes readers of another node when that node becomes hidden', () => {
    const { tree, store } = formOf({ p: layout }, { R: rows(2, () => ({ name: 'secret' })) });
    expect(tree.node('note-0')!.isHidden()).toBe(true);
    expect(tree.node('note-1')!.isHidden()).toBe(true);
    const before = tree.evaluationCount;
    store.set('R[0].hide', true);
    // name-0 is hidden now, so component('name') is null and note-0 shows again.
    expect(tree.node('note-0')!.isHidden()).toBe(false);
    expect(tree.node('note-1')!.isHidden()).toBe(true);
    expect(tree.evaluationCount - before).toBe(2);
  });

  it('invalidates readers of a path when an ancestor object is replaced, but not when it is unchanged', () => {
    const { tree, store } = formOf(
      { p: [{ id: 'x', type: 'Input', hidden: ['dataModel', 'a.b.c'] }] },
      { a: { b: { c: false }, other: 1 } },
    );
    expect(tree.node('x')!.isHidden()).toBe(false);
    const before = tree.evaluationCount;
    store.set('a.other', 2);
    expect(tree.node('x')!.isHidden()).toBe(false);
    expect(tree.evaluationCount).toBe(before);
    store.set('a', { b: { c: true } });
    expect(tree.node('x')!.isHidden()).toBe(true);
    expect(tree.evaluationCount - before).toBe(1);
  });

  it('notifies subscribers with the nodes whose values really changed', () => {
    const { tree, store } = formOf({ p: layout }, { owner: 'Ann', R: rows(2, (index) => ({ name: `n${index}` })) });
    readAll(tree);
    const notifications: string[][] = [];
    tree.subscribe((changed) => notifications.push([...changed].sort()));
    store.set('R[0].hide', true);
    store.set('R[1].name', 'still not secret');
    store.set('R[1].name', 'secret');
    // note-0 read component('name') = 'n0' before and null after: still not 'secret', so no change.
    expect(notifications).toEqual([['name-0'], ['note-1']]);
  });

  it('notifies about rows added and removed', () => {
    const { tree, store } = formOf({ p: layout }, { R: rows(1) });
    const notifications: string[][] = [];
    tree.subscribe((changed) => notifications.push([...changed].sort()));
    store.set('R[1]', { altinnRowId: 'new' });
    store.set('R', [{ altinnRowId: 'new' }]);
    // Row 0 went away and the new row moved from index 1 to 0: both ids of the moved nodes are reported.
    expect(notifications).toEqual([['g'], ['g', 'name-0', 'name-1', 'note-0', 'note-1']]);
  });

  it('tells the group and the row children when a row becomes hidden', () => {
    const { tree, store } = formOf(
      {
        p: [
          {
            id: 'g',
            type: 'RepeatingGroup',
            dataModelBindings: { group: 'R' },
            children: ['x'],
            hiddenRow: ['dataModel', 'R.off'],
          },
          { id: 'x', type: 'Input', dataModelBindings: { simpleBinding: 'R.x' } },
        ],
      },
      { R: rows(2) },
    );
    tree.node('g')!.rows!.forEach((row) => row.isHidden());
    tree.node('x-1')!.isHidden();
    const notifications: string[][] = [];
    tree.subscribe((changed) => notifications.push([...changed].sort()));
    store.set('R[1].off', true);
    expect(notifications).toEqual([['g', 'x-1']]);
  });
});
