import { describe, expect, it } from 'vitest';
import { normalizeLayouts } from '../../../src/core/layout/index.ts';

const page = (layout: unknown[], extra: Record<string, unknown> = {}) => ({ data: { layout, ...extra } });
const fileOf = (key: string) => `App/ui/form/layouts/${key}.json`;
const normalize = (layouts: Record<string, unknown>) => normalizeLayouts({ layouts, defaultDataType: 'model', fileOf });

describe('normalizeLayouts', () => {
  it('matches component types case-insensitively and writes them canonically', () => {
    const result = normalize({
      p: page([
        { id: 'a', type: 'input' },
        { id: 'b', type: 'REPEATINGGROUP', children: [] },
        { id: 'c', type: 'navigationbuttons' },
      ]),
    });
    expect(['a', 'b', 'c'].map((id) => result.components.get(id)?.component.type)).toEqual([
      'Input',
      'RepeatingGroup',
      'NavigationButtons',
    ]);
    // Other Altinn tools match types exactly, so each spelling is pointed out.
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.pointer, d.message])).toEqual([
      [
        'warning',
        'type-spelling',
        '/data/layout/0/type',
        'Type "input" is read as "Input"; write it that way, as other Altinn tools match types exactly.',
      ],
      [
        'warning',
        'type-spelling',
        '/data/layout/1/type',
        expect.stringContaining('"REPEATINGGROUP" is read as "RepeatingGroup"'),
      ],
      [
        'warning',
        'type-spelling',
        '/data/layout/2/type',
        expect.stringContaining('"navigationbuttons" is read as "NavigationButtons"'),
      ],
    ]);
  });

  it('turns string bindings into {dataType, field} with the default data type and keeps object bindings', () => {
    const result = normalize({
      p: page([
        {
          id: 'a',
          type: 'Address',
          dataModelBindings: {
            address: 'Person.Street',
            zipCode: { dataType: 'other', field: 'Zip' },
            postPlace: { field: 'Place' },
          },
        },
      ]),
    });
    expect(result.components.get('a')?.component.dataModelBindings).toEqual({
      address: { dataType: 'model', field: 'Person.Street' },
      zipCode: { dataType: 'other', field: 'Zip' },
      postPlace: { dataType: 'model', field: 'Place' },
    });
  });

  it('reports a malformed binding where it is written and drops it', () => {
    const result = normalize({ p: page([{ id: 'a', type: 'Input', dataModelBindings: { simpleBinding: 42 } }]) });
    expect(result.components.get('a')?.component.dataModelBindings).toEqual({});
    expect(result.diagnostics).toMatchObject([
      {
        code: 'invalid-binding',
        file: fileOf('p'),
        pointer: '/data/layout/0/dataModelBindings/simpleBinding',
        componentId: 'a',
      },
    ]);
  });

  it('keeps the first of duplicate ids across pages and reports the later one with file and id', () => {
    const result = normalize({
      one: page([{ id: 'name', type: 'Input' }]),
      two: page([
        { id: 'other', type: 'Header' },
        { id: 'name', type: 'TextArea' },
      ]),
    });
    expect(result.components.get('name')).toMatchObject({ page: 'one', component: { type: 'Input' } });
    expect(result.pages[1].componentIds).toEqual(['other']);
    expect(result.diagnostics).toMatchObject([
      { code: 'duplicate-id', file: fileOf('two'), pointer: '/data/layout/1', componentId: 'name' },
    ]);
  });

  it('gives each Likert a LikertItem row child bound to its answer, with the question texts', () => {
    const result = normalize({
      p: page([
        {
          id: 'survey',
          type: 'Likert',
          required: true,
          options: [{ value: '1', label: 'Yes' }],
          dataModelBindings: { questions: 'Questions', answer: 'Questions.Answer' },
          textResourceBindings: { title: 'survey.title', questions: 'q.text', questionDescriptions: 'q.desc' },
        },
      ]),
    });
    const likert = result.components.get('survey')!;
    expect(likert.children).toEqual([{ id: 'survey-item', pointer: '/data/layout/0', placement: 'row' }]);
    expect(result.components.get('survey-item')).toMatchObject({
      parent: 'survey',
      syntheticOf: 'survey',
      component: {
        type: 'LikertItem',
        required: true,
        options: [{ value: '1', label: 'Yes' }],
        dataModelBindings: { simpleBinding: { dataType: 'model', field: 'Questions.Answer' } },
        textResourceBindings: { title: 'q.text', description: 'q.desc' },
      },
    });
    expect(result.pages[0].topLevel).toEqual(['survey']);
  });

  it('resolves "N:id" children of multi-page repeating groups', () => {
    const result = normalize({
      p: page([
        {
          id: 'group',
          type: 'RepeatingGroup',
          dataModelBindings: { group: 'Items' },
          edit: { multiPage: true },
          children: ['0:a', '1:b'],
        },
        { id: 'a', type: 'Input' },
        { id: 'b', type: 'Input' },
      ]),
    });
    expect(result.components.get('group')?.children).toEqual([
      { id: 'a', pointer: '/data/layout/0/children/0', placement: 'row', multiPageIndex: 0 },
      { id: 'b', pointer: '/data/layout/0/children/1', placement: 'row', multiPageIndex: 1 },
    ]);
    expect(result.components.get('b')?.parent).toBe('group');
  });

  it('links children of every container kind, with rowsBefore/rowsAfter outside the rows', () => {
    const result = normalize({
      p: page([
        { id: 'grid', type: 'Grid', rows: [{ cells: [{ text: 'label' }, { component: 'g1' }, null] }] },
        { id: 'tabs', type: 'Tabs', tabs: [{ id: 't', title: 'T', children: ['t1'] }] },
        { id: 'cards', type: 'Cards', color: 'neutral', cards: [{ media: 'img', children: ['c1'] }] },
        { id: 'accordions', type: 'AccordionGroup', children: ['acc'] },
        { id: 'acc', type: 'Accordion', children: ['a1'] },
        { id: 'buttons', type: 'ButtonGroup', children: ['b1'] },
        {
          id: 'rg',
          type: 'RepeatingGroup',
          dataModelBindings: { group: 'X' },
          children: ['r1'],
          rowsAfter: [{ cells: [{ component: 'sum' }] }],
        },
        ...['g1', 't1', 'c1', 'a1', 'r1', 'sum'].map((id) => ({ id, type: 'Input' })),
        { id: 'img', type: 'Image' },
        { id: 'b1', type: 'Button' },
      ]),
    });
    const childIds = (id: string) =>
      result.components.get(id)?.children.map((child) => `${child.id}:${child.placement}`);
    expect(childIds('grid')).toEqual(['g1:static']);
    expect(result.components.get('grid')?.children[0].pointer).toBe('/data/layout/0/rows/0/cells/1/component');
    expect(childIds('tabs')).toEqual(['t1:static']);
    expect(childIds('cards')).toEqual(['img:static', 'c1:static']);
    expect(childIds('accordions')).toEqual(['acc:static']);
    expect(childIds('acc')).toEqual(['a1:static']);
    expect(childIds('buttons')).toEqual(['b1:static']);
    expect(childIds('rg')).toEqual(['r1:row', 'sum:static']);
    expect(result.pages[0].topLevel).toEqual(['grid', 'tabs', 'cards', 'accordions', 'buttons', 'rg']);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a child that does not exist with file, JSON pointer and parent id', () => {
    const result = normalize({
      p: page([
        { id: 'x', type: 'Header' },
        { id: 'y', type: 'Header' },
        { id: 'z', type: 'Header' },
        { id: 'w', type: 'Header' },
        { id: 'group', type: 'Group', children: ['x', 'missing'] },
      ]),
    });
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'unknown-child',
        message: 'Child "missing" of "group" does not exist on page "p"; it is left out',
        file: fileOf('p'),
        pointer: '/data/layout/4/children/1',
        componentId: 'group',
      },
    ]);
    expect(result.components.get('group')?.children.map((child) => child.id)).toEqual(['x']);
  });

  it('does not resolve children across pages', () => {
    const result = normalize({
      one: page([{ id: 'a', type: 'Input' }]),
      two: page([{ id: 'g', type: 'Group', children: ['a'] }]),
    });
    expect(result.diagnostics).toMatchObject([
      { code: 'unknown-child', file: fileOf('two'), pointer: '/data/layout/0/children/0' },
    ]);
  });

  it('reports a child claimed by a second parent at the second reference and keeps the first parent', () => {
    const result = normalize({
      p: page([
        { id: 'first', type: 'Group', children: ['shared'] },
        { id: 'second', type: 'Group', children: ['other', 'shared'] },
        { id: 'shared', type: 'Input' },
        { id: 'other', type: 'Input' },
      ]),
    });
    expect(result.components.get('shared')?.parent).toBe('first');
    expect(result.diagnostics).toMatchObject([
      { code: 'double-parent', file: fileOf('p'), pointer: '/data/layout/1/children/1', componentId: 'second' },
    ]);
  });

  it('keeps an unknown component type as written and reports it', () => {
    const result = normalize({
      p: page([
        { id: 'fancy', type: 'FancyWidget', children: ['inner'] },
        { id: 'inner', type: 'Input' },
      ]),
    });
    expect(result.components.get('fancy')).toMatchObject({ known: false, component: { type: 'FancyWidget' } });
    expect(result.components.get('inner')?.parent).toBe('fancy');
    expect(result.diagnostics).toMatchObject([
      { code: 'unknown-component', file: fileOf('p'), pointer: '/data/layout/0/type', componentId: 'fancy' },
    ]);
  });

  it('breaks a parent cycle and reports it instead of losing both components', () => {
    const result = normalize({
      p: page([
        { id: 'a', type: 'Group', children: ['b'] },
        { id: 'b', type: 'Group', children: ['a'] },
      ]),
    });
    expect(result.pages[0].topLevel).toEqual(['a']);
    expect(result.components.get('a')?.children.map((child) => child.id)).toEqual(['b']);
    expect(result.diagnostics).toMatchObject([{ code: 'child-cycle', pointer: '/data/layout/1/children/0' }]);
  });

  it('keeps page settings and the page hidden expression apart from the layout', () => {
    const result = normalize({ p: page([], { hidden: ['equals', 1, 1], expandedWidth: true }) });
    expect(result.pages[0]).toMatchObject({
      key: 'p',
      file: fileOf('p'),
      hidden: ['equals', 1, 1],
      settings: { expandedWidth: true },
    });
  });

  it('reports a page without a layout array', () => {
    const result = normalize({ broken: { data: {} } });
    expect(result.pages[0].componentIds).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ code: 'invalid-layout', file: fileOf('broken') }]);
  });
});
