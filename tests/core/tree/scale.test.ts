import { describe, expect, it } from 'vitest';
import { formOf, rows } from './helpers.ts';

const ROWS = 10_000;

const layout = [
  { id: 'header', type: 'Header', size: 'L', hidden: ['equals', ['dataModel', 'mode'], 'compact'] },
  {
    id: 'g',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'Items' },
    children: ['price', 'comment'],
    hiddenRow: ['dataModel', 'Items.archived'],
  },
  {
    id: 'price',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'Items.price' },
    required: ['greaterThan', ['dataModel', 'Items.price'], 100],
    textResourceBindings: { title: ['concat', 'Price of ', ['dataModel', 'Items.name']] },
  },
  {
    id: 'comment',
    type: 'TextArea',
    dataModelBindings: { simpleBinding: 'Items.comment' },
    hidden: ['lessThan', ['component', 'price'], 10],
  },
];

function bigForm() {
  return formOf({ p: layout }, { Items: rows(ROWS, (index) => ({ name: `item ${index}`, price: index })) });
}

/** Reads every expression property of every row, as a renderer showing the whole table would. */
function readEverything(tree: ReturnType<typeof bigForm>['tree']): void {
  tree.node('header')!.isHidden();
  for (const row of tree.node('g')!.rows!) {
    const [price, comment] = row.children;
    price.isHidden();
    price.evaluate('required', 'boolean', false);
    price.evaluate('textResourceBindings.title', 'string', '');
    comment.isHidden();
  }
}

// Generous timeouts: the assertions count work, but building 10,000 rows still takes a moment on a busy machine.
describe(`a ${ROWS}-row repeating group`, { timeout: 60_000 }, () => {
  it('re-evaluates only the expressions that read a changed field', () => {
    const { tree, store } = bigForm();
    readEverything(tree);
    // Per row: hiddenRow, price.hidden (absent → no evaluation), required, title, comment.hidden.
    const initial = tree.evaluationCount;
    expect(initial).toBe(1 + ROWS * 4);

    store.set('Items[5000].price', 150);
    readEverything(tree);
    // required-5000 and comment-5000 (through component('price')) read Items[5000].price.
    expect(tree.evaluationCount - initial).toBe(2);
    expect(tree.node('price-5000')!.evaluate('required', 'boolean', false)).toBe(true);

    const afterPrice = tree.evaluationCount;
    store.set('Items[42].name', 'renamed');
    readEverything(tree);
    expect(tree.evaluationCount - afterPrice).toBe(1);
    expect(tree.node('price-42')!.evaluate('textResourceBindings.title', 'string', '')).toBe('Price of renamed');

    const afterName = tree.evaluationCount;
    store.set('mode', 'compact');
    readEverything(tree);
    expect(tree.evaluationCount - afterName).toBe(1);

    const afterMode = tree.evaluationCount;
    store.set('Items[7].archived', true);
    readEverything(tree);
    // Only row 7's hiddenRow re-ran; its children's hidden-ness follows without re-evaluating them.
    expect(tree.evaluationCount - afterMode).toBe(1);
    expect(tree.node('comment-7')!.isHidden()).toBe(true);
  });

  it('with a subscriber, recomputes eagerly and reports just the changed nodes', () => {
    const { tree, store } = bigForm();
    readEverything(tree);
    const changes: string[][] = [];
    tree.subscribe((changed) => changes.push([...changed].sort()));
    const before = tree.evaluationCount;
    store.set('Items[9999].price', 5);
    expect(tree.evaluationCount - before).toBe(2);
    // price-9999 is no longer required (5 ≤ 100) and comment-9999 is now hidden (5 < 10).
    expect(changes).toEqual([['comment-9999', 'price-9999']]);
  });

  it('adds a row without re-expanding or re-evaluating the existing rows', () => {
    const { tree, store } = bigForm();
    readEverything(tree);
    const group = tree.node('g')!;
    const rowsBefore = [...group.rows!];
    const nodesBefore = rowsBefore.map((row) => row.children[0]);
    const expansions = tree.rowExpansionCount;
    expect(expansions).toBe(ROWS);
    const evaluations = tree.evaluationCount;

    store.set(`Items[${ROWS}]`, { altinnRowId: 'added', name: 'new', price: 1 });

    expect(tree.rowExpansionCount - expansions).toBe(1);
    expect(group.rows).toHaveLength(ROWS + 1);
    expect(group.rows!.slice(0, ROWS).every((row, index) => row === rowsBefore[index])).toBe(true);
    expect(group.rows![0]).toBe(rowsBefore[0]);
    expect(tree.node('price-9999')).toBe(nodesBefore[9999]);
    readEverything(tree);
    // Only the new row's four expressions ran.
    expect(tree.evaluationCount - evaluations).toBe(4);
  });

  it('replacing the array with the same rows plus one keeps every existing row and value', () => {
    const { tree, store } = bigForm();
    readEverything(tree);
    const rowsBefore = [...tree.node('g')!.rows!];
    const expansions = tree.rowExpansionCount;
    const evaluations = tree.evaluationCount;
    const items = store.get('Items') as unknown[];
    store.set('Items', [...items, { altinnRowId: 'appended', price: 3 }]);
    expect(tree.rowExpansionCount - expansions).toBe(1);
    expect(
      tree
        .node('g')!
        .rows!.slice(0, ROWS)
        .every((row, index) => row === rowsBefore[index]),
    ).toBe(true);
    readEverything(tree);
    expect(tree.evaluationCount - evaluations).toBe(4);
  });

  it('removing a row moves the later rows instead of rebuilding them', () => {
    const { tree, store } = bigForm();
    const rowsBefore = [...tree.node('g')!.rows!];
    const expansions = tree.rowExpansionCount;
    const items = store.get('Items') as unknown[];
    store.set('Items', [...items.slice(0, 10), ...items.slice(11)]);
    const rowsAfter = tree.node('g')!.rows!;
    expect(rowsAfter).toHaveLength(ROWS - 1);
    expect(rowsAfter[10]).toBe(rowsBefore[11]);
    expect(rowsAfter[10].index).toBe(10);
    expect(tree.node('price-10')!.bindings.simpleBinding.field).toBe('Items[10].price');
    expect(tree.node('price-10')!.evaluate('textResourceBindings.title', 'string', '')).toBe('Price of item 11');
    expect(tree.rowExpansionCount).toBe(expansions);
  });
});
