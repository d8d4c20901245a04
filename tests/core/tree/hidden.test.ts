import { describe, expect, it } from 'vitest';
import { formOf, rows } from './helpers.ts';

describe('hidden-ness', () => {
  it('follows the component own hidden expression', () => {
    const { tree, store } = formOf({
      p: [{ id: 'a', type: 'Input', hidden: ['equals', ['dataModel', 'flag'], 'yes'] }],
    });
    expect(tree.node('a')?.isHidden()).toBe(false);
    store.set('flag', 'yes');
    expect(tree.node('a')?.isHidden()).toBe(true);
  });

  it('inherits hidden from ancestors', () => {
    const { tree, store } = formOf({
      p: [
        { id: 'outer', type: 'Group', children: ['inner'], hidden: ['dataModel', 'hideOuter'] },
        { id: 'inner', type: 'Group', children: ['leaf'] },
        { id: 'leaf', type: 'Input' },
      ],
    });
    expect(tree.node('leaf')?.isHidden()).toBe(false);
    store.set('hideOuter', true);
    expect(tree.node('leaf')?.isHidden()).toBe(true);
    expect(tree.node('inner')?.isHidden()).toBe(true);
  });

  it('hides the children of a row by hiddenRow, evaluated in that row, but not rowsAfter', () => {
    const { tree } = formOf(
      {
        p: [
          {
            id: 'g',
            type: 'RepeatingGroup',
            dataModelBindings: { group: 'R' },
            children: ['x'],
            hiddenRow: ['equals', ['dataModel', 'R.skip'], true],
            rowsAfter: [{ cells: [{ component: 'after' }] }],
          },
          { id: 'x', type: 'Input', dataModelBindings: { simpleBinding: 'R.x' } },
          { id: 'after', type: 'Input' },
        ],
      },
      { R: rows(3, (index) => ({ skip: index === 1 })) },
    );
    expect(['x-0', 'x-1', 'x-2'].map((id) => tree.node(id)?.isHidden())).toEqual([false, true, false]);
    expect(tree.node('g')?.rows?.map((row) => row.isHidden())).toEqual([false, true, false]);
    expect(tree.node('after')?.isHidden()).toBe(false);
  });

  it('hides everything on a page whose hidden expression is true', () => {
    const { tree, store } = formOf({ p: { layout: [{ id: 'a', type: 'Input' }], hidden: ['dataModel', 'hidePage'] } });
    expect(tree.page('p')?.isHidden()).toBe(false);
    store.set('hidePage', true);
    expect(tree.page('p')?.isHidden()).toBe(true);
    expect(tree.node('a')?.isHidden()).toBe(true);
  });

  it('hides pages that are not in the page order', () => {
    const { tree } = formOf(
      { shown: [{ id: 'a', type: 'Input' }], extra: [{ id: 'b', type: 'Input' }] },
      {},
      { pageOrder: ['shown'] },
    );
    expect(tree.page('extra')?.isHidden()).toBe(true);
    expect(tree.node('b')?.isHidden()).toBe(true);
    expect(tree.node('a')?.isHidden()).toBe(false);
  });

  it('makes component() return null for hidden targets and reads siblings in the same row', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'R' }, children: ['age', 'adult'] },
          {
            id: 'age',
            type: 'Input',
            dataModelBindings: { simpleBinding: 'R.age' },
            hidden: ['equals', ['dataModel', 'R.secret'], true],
          },
          { id: 'adult', type: 'Paragraph', hidden: ['lessThan', ['component', 'age'], 18] },
        ],
      },
      {
        R: [
          { altinnRowId: 'a', age: 12 },
          { altinnRowId: 'b', age: 40 },
          { altinnRowId: 'c', age: 10, secret: true },
        ],
      },
    );
    expect(['adult-0', 'adult-1', 'adult-2'].map((id) => tree.node(id)?.isHidden())).toEqual([true, false, false]);
  });

  describe('a RepeatingGroup column left out of the expanded edit form', () => {
    const layout = (edit: Record<string, unknown> | undefined, showInExpandedEdit: boolean) => [
      {
        id: 'g',
        type: 'RepeatingGroup',
        dataModelBindings: { group: 'R' },
        children: ['name', 'box', 'note'],
        ...(edit ? { edit } : {}),
        tableColumns: { name: { showInExpandedEdit }, box: { showInExpandedEdit } },
      },
      { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'R.name' } },
      { id: 'box', type: 'Group', children: ['inBox'] },
      { id: 'inBox', type: 'Input', dataModelBindings: { simpleBinding: 'R.inBox' } },
      { id: 'note', type: 'Input', dataModelBindings: { simpleBinding: 'R.note' } },
    ];
    const data = { R: rows(2, (index) => ({ name: `n${index}`, inBox: `b${index}` })) };
    const lookups = (tree: ReturnType<typeof formOf>['tree']) =>
      [
        ['component', 'name'],
        ['displayValue', 'name'],
        ['component', 'inBox'],
      ].map((expression) => tree.evaluateAt({ node: tree.node('note-1') }, expression, 'any', null).value);

    it('reads as hidden to component() and displayValue() in v9 apps when the group is in hideTable mode', () => {
      const { tree } = formOf({ p: layout({ mode: 'hideTable' }, false) }, data, { format: 'v9' });
      expect(lookups(tree)).toEqual([null, null, null]);
      // It is still shown in the table (and checked) like any visible component.
      expect(['name-0', 'inBox-1'].map((id) => tree.node(id)?.isHidden())).toEqual([false, false]);
    });

    it('reads as its value otherwise: in other modes, when it is in the edit form, and in v8 apps', () => {
      const cases = [
        [undefined, false, 'v9'],
        [{ mode: 'showTable' }, false, 'v9'],
        [{ mode: 'hideTable' }, true, 'v9'],
        [{ mode: 'hideTable' }, false, 'v8'],
      ] as const;
      for (const [edit, show, format] of cases) {
        const { tree } = formOf({ p: layout(edit, show) }, data, { format });
        expect(lookups(tree)).toEqual(['n1', 'n1', 'b1']);
      }
    });
  });

  it('reports an expression that gives a list where a boolean is needed, and uses the default', () => {
    const { tree } = formOf({ p: [{ id: 'a', type: 'Input', hidden: ['dataModel', 'R'] }] }, { R: rows(1) });
    expect(tree.node('a')?.isHidden()).toBe(false);
    expect(tree.diagnostics).toMatchObject([
      {
        code: 'expression-runtime',
        pointer: '/data/layout/0/hidden',
        componentId: 'a',
        message: 'Expected boolean, got value [{"altinnRowId":"row-0"}]',
      },
    ]);
  });

  it('reports a component() lookup into unrelated rows as a located diagnostic and uses the default', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'top', type: 'Paragraph', hidden: ['equals', ['component', 'inRow'], 'x'] },
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'R' }, children: ['inRow'] },
          { id: 'inRow', type: 'Input', dataModelBindings: { simpleBinding: 'R.v' } },
        ],
      },
      { R: rows(1) },
    );
    expect(tree.node('top')?.isHidden()).toBe(false);
    expect(tree.diagnostics).toMatchObject([
      {
        code: 'expression-runtime',
        file: 'App/ui/form/layouts/p.json',
        pointer: '/data/layout/0/hidden/1',
        componentId: 'top',
        message: expect.stringContaining('Unable to find component with identifier inRow'),
      },
    ]);
  });
});

describe('evaluate()', () => {
  it('evaluates text bindings and other properties relative to the row', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'R' }, children: ['x'] },
          {
            id: 'x',
            type: 'Input',
            dataModelBindings: { simpleBinding: 'R.name' },
            required: ['notEquals', ['dataModel', 'R.optional'], true],
            textResourceBindings: { title: ['concat', 'Name of ', ['dataModel', 'R.name']], description: 'plain.key' },
          },
        ],
      },
      {
        R: [
          { altinnRowId: 'a', name: 'Ada' },
          { altinnRowId: 'b', name: 'Bo', optional: true },
        ],
      },
    );
    const x1 = tree.node('x-1')!;
    expect(tree.node('x-0')?.evaluate('textResourceBindings.title', 'string', '')).toBe('Name of Ada');
    expect(x1.evaluate('textResourceBindings.title', 'string', '')).toBe('Name of Bo');
    expect(x1.evaluate('textResourceBindings.description', 'string', '')).toBe('plain.key');
    expect(x1.evaluate('required', 'boolean', false)).toBe(false);
    expect(tree.node('x-0')?.evaluate('required', 'boolean', false)).toBe(true);
    expect(x1.evaluate('readOnly', 'boolean', false)).toBe(false);
  });

  it('reports invalid expressions with the pointer into the file and falls back to the default', () => {
    const { tree } = formOf({ p: [{ id: 'x', type: 'Input', required: ['equals', 1] }] });
    expect(tree.node('x')?.evaluate('required', 'boolean', false)).toBe(false);
    expect(tree.diagnostics).toMatchObject([
      { code: 'expression-validation', pointer: '/data/layout/0/required', componentId: 'x' },
    ]);
  });

  it('resolves text resources with variables from the row', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'R' }, children: ['x'] },
          { id: 'x', type: 'Paragraph', textResourceBindings: { title: ['text', 'greeting'] } },
        ],
      },
      {
        R: [
          { altinnRowId: 'a', name: 'Ada' },
          { altinnRowId: 'b', name: 'Bo' },
        ],
      },
      {
        environment: {
          textResources: [
            { id: 'greeting', value: 'Hi {0}', variables: [{ key: 'R[{0}].name', dataSource: 'dataModel.default' }] },
          ],
        },
      },
    );
    expect(tree.node('x-1')?.evaluate('textResourceBindings.title', 'string', '')).toBe('Hi Bo');
  });
});

describe('circular expressions', () => {
  it('reports two components whose hidden expressions read each other instead of recursing forever', () => {
    const { tree } = formOf({
      p: [
        {
          id: 'a',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'a' },
          hidden: ['equals', ['component', 'b'], 'x'],
        },
        {
          id: 'b',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'b' },
          hidden: ['equals', ['component', 'a'], 'x'],
        },
      ],
    });
    expect(tree.node('a')?.isHidden()).toBe(false);
    expect(tree.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining('Circular dependency'),
    ]);
  });
});

describe('hidden-ness told to listeners', () => {
  it('names every node below a group or page whose hidden state changed, rows included', () => {
    const { tree, store } = formOf(
      {
        p: {
          hidden: ['equals', ['dataModel', 'hidePage'], true],
          layout: [
            {
              id: 'g',
              type: 'RepeatingGroup',
              dataModelBindings: { group: 'R' },
              children: ['x', 'inner'],
              hidden: ['dataModel', 'hideGroup'],
            },
            { id: 'x', type: 'Input', dataModelBindings: { simpleBinding: 'R.x' } },
            { id: 'inner', type: 'Group', children: ['y'] },
            { id: 'y', type: 'Input', dataModelBindings: { simpleBinding: 'R.y' } },
            { id: 'top', type: 'Input', dataModelBindings: { simpleBinding: 'top' } },
          ],
        },
      },
      { R: [{}, {}] },
    );
    const changes: string[][] = [];
    tree.subscribe((changed) => changes.push([...changed].sort()));
    expect(tree.node('y-1')?.isHidden()).toBe(false);
    store.set('hideGroup', true);
    expect(changes.at(-1)).toEqual(['g', 'inner-0', 'inner-1', 'x-0', 'x-1', 'y-0', 'y-1']);
    expect(tree.node('y-1')?.isHidden()).toBe(true);
    store.set('hideGroup', false);
    store.set('hidePage', true);
    expect(changes.at(-1)).toEqual(['g', 'inner-0', 'inner-1', 'p', 'top', 'x-0', 'x-1', 'y-0', 'y-1']);
    expect(tree.node('top')?.isHidden()).toBe(true);
  });
});
