import { describe, expect, it } from 'vitest';
import { evaluateExpression } from '../../../src/core/expressions/index.ts';
import { formOf, rows } from './helpers.ts';

const layout = [
  { id: 'top', type: 'Paragraph' },
  { id: 'people', type: 'RepeatingGroup', dataModelBindings: { group: 'People' }, children: ['name', 'pets'] },
  { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'People.Name' } },
  { id: 'pets', type: 'RepeatingGroup', dataModelBindings: { group: 'People.Pets' }, children: ['pet'] },
  {
    id: 'pet',
    type: 'Dropdown',
    dataModelBindings: { simpleBinding: 'People.Pets.Kind' },
    options: [{ value: 'c', label: 'Cat' }],
  },
];

const data = {
  People: [
    { altinnRowId: 'p0', Name: 'Ann', Pets: [{ altinnRowId: 'p0-0', Kind: 'c' }] },
    {
      altinnRowId: 'p1',
      Name: 'Bob',
      Pets: [
        { altinnRowId: 'p1-0', Kind: 'd' },
        { altinnRowId: 'p1-1', Kind: 'c' },
      ],
    },
  ],
};

describe('expression host on the tree', () => {
  const { tree } = formOf({ p: layout }, data);
  const at = (nodeId: string | undefined, expression: unknown) =>
    tree.evaluateAt({ node: nodeId ? tree.node(nodeId) : undefined, page: 'p' }, expression, 'any', null);

  it('transposes dataModel paths from the row, keeping explicit indexes', () => {
    expect(at('pet-1-1', ['dataModel', 'People.Name']).value).toBe('Bob');
    expect(at('pet-1-1', ['dataModel', 'People.Pets.Kind']).value).toBe('c');
    expect(at('pet-1-1', ['dataModel', 'People[0].Name']).value).toBe('Ann');
    expect(at('pet-1-1', ['dataModel', 'People[0].Pets.Kind']).value).toBeNull();
  });

  it('resolves component() in the caller row and outer rows', () => {
    expect(at('pet-1-0', ['component', 'name']).value).toBe('Bob');
    expect(at('name-1', ['component', 'name']).value).toBe('Bob');
  });

  it('accepts indexed ids, pinning the outer rows', () => {
    expect(at('top', ['component', 'name-0']).value).toBe('Ann');
    expect(at('top', ['displayValue', 'pet-1-1']).value).toBe('Cat');
    expect(at('name-0', ['component', 'pet-1']).value).toBe(null);
  });

  it('lets explicit row indexes win over the row the caller is in', () => {
    expect(at('name-0', ['component', 'name-1']).value).toBe('Bob');
    expect(at('pet-0-0', ['displayValue', 'pet-1-1']).value).toBe('Cat');
    // Only the outer row pinned: the inner one comes from where the caller is.
    expect(at('pet-1-0', ['component', 'pet-1'])).toEqual({ value: 'd' });
  });

  it('reads null for a pinned row that does not exist, and depends on it appearing', () => {
    expect(at('top', ['component', 'name-5'])).toEqual({ value: null });
    expect(at('top', ['component', 'pet-0-3'])).toEqual({ value: null });
    const { tree: fresh, store } = formOf(
      { p: [{ ...layout[0], hidden: ['equals', ['component', 'name-2'], 'Cy'] }, ...layout.slice(1)] },
      data,
    );
    expect(fresh.node('top')?.isHidden()).toBe(false);
    store.set('People[2]', { altinnRowId: 'p2', Name: 'Cy' });
    expect(fresh.node('top')?.isHidden()).toBe(true);
  });

  it('refuses more row indexes than the component has repeating groups', () => {
    expect(at('top', ['component', 'name-0-0']).error).toContain('Unable to find component with identifier name-0-0');
    expect(at('top', ['displayValue', 'top-0']).error).toBe('Unable to find component with identifier top-0');
  });

  it('refuses too few row indexes when the caller is outside the rows left open', () => {
    expect(at('top', ['component', 'pet-1']).error).toContain('Unable to find component with identifier pet-1');
    expect(at('pet-0-0', ['component', 'pet-1']).error).toContain('Unable to find component with identifier pet-1');
  });

  it('links to a row of a component by its indexed id', () => {
    expect(at('top', ['linkToComponent', 'Go', 'name-1']).value).toBe(
      '<a href="/p?focusComponentId=name-1" data-link-type="LinkToPotentialNode">Go</a>',
    );
    expect(at('top', ['linkToComponent', 'Go', 'nope-1']).error).toBe(
      'Unable to find component with identifier nope-1',
    );
  });

  it('fails for targets in rows the caller is not in', () => {
    expect(at('top', ['component', 'name']).error).toContain('Unable to find component with identifier name');
    expect(at('name-0', ['component', 'pet']).error).toContain('Unable to find component with identifier pet');
  });

  it('gives display values through option labels', () => {
    expect(at('pet-0-0', ['displayValue', 'pet']).value).toBe('Cat');
    expect(at('pet-1-0', ['displayValue', 'pet']).value).toBe('d');
    expect(at('top', ['displayValue', 'top']).error).toContain('does not have a displayValue');
  });

  it('serves positional and value arguments to other evaluators', () => {
    const host = tree.expressionContext({
      node: tree.node('name-1'),
      positionalArguments: ['People[1].Name'],
      valueArguments: { data: { value: 'v' }, defaultKey: 'value' },
    });
    expect(
      evaluateExpression(['concat', ['argv', 0], ['value'], ['component', 'name']], host, {
        expected: 'string',
        defaultValue: '',
      }).value,
    ).toBe('People[1].NamevBob');
  });
});

describe('ids ending in digits', () => {
  it('finds a component whose id ends in six digits (allowed) by that id, not as a row index', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'field-123456', type: 'Input', dataModelBindings: { simpleBinding: 'A' } },
          { id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'R' }, children: ['x'] },
          { id: 'x', type: 'Input', dataModelBindings: { simpleBinding: 'R.v' } },
        ],
      },
      { A: 'a', R: rows(1, () => ({ v: 'v0' })) },
    );
    const run = (expression: unknown) => tree.evaluateAt({ page: 'p' }, expression, 'any', null);
    expect(run(['component', 'field-123456']).value).toBe('a');
    expect(run(['component', 'x-0']).value).toBe('v0');
    // Row indexes have at most five digits (ids may not end in -1…-99999, §1.4).
    expect(run(['component', 'x-123456']).error).toContain('Unable to find component with identifier x-123456');
  });
});

describe('optionLabel on the tree', () => {
  it('reads the app code lists and names an unknown one', () => {
    const { tree } = formOf(
      { p: [{ id: 'x', type: 'Paragraph' }] },
      {},
      {
        environment: {
          codeLists: { sizes: [{ value: 's', label: 'size.small' }] },
          textResources: [{ id: 'size.small', value: 'Liten' }],
        },
      },
    );
    const run = (expression: unknown) => tree.evaluateAt({ page: 'p' }, expression, 'any', null);
    expect(run(['optionLabel', 'sizes', 's']).value).toBe('Liten');
    expect(run(['optionLabel', 'sizes', 'xl'])).toEqual({ value: null });
    expect(run(['optionLabel', 'colours', 's']).error).toBe('Could not find options with id colours');
  });
});

describe('the app format', () => {
  const pages = { p: [{ id: 'x', type: 'Paragraph' }] };
  const data = { People: [{ altinnRowId: 'p0', Name: 'Ann' }], Address: { Zip: '0155' } };

  it('gives v9 expressions the groups and objects of the data model', () => {
    const { tree } = formOf(pages, data, { format: 'v9' });
    const run = (expression: unknown) => tree.evaluateAt({ page: 'p' }, expression, 'any', null);
    expect(run(['dataModel', 'People']).value).toEqual([{ altinnRowId: 'p0', Name: 'Ann' }]);
    expect(run(['jmespath', ['dataModel', 'People'], '[].Name']).value).toEqual(['Ann']);
    expect(run(['dataModel', 'Address']).value).toEqual({ Zip: '0155' });
  });

  it('keeps v8 expressions as the v8 frontend ran them', () => {
    const { tree } = formOf(pages, data, { format: 'v8' });
    const run = (expression: unknown) => tree.evaluateAt({ page: 'p' }, expression, 'any', null);
    expect(run(['dataModel', 'People'])).toEqual({ value: null });
    expect(run(['count', ['list']]).error).toBe('Function "count" not implemented in v8 apps (it is new in v9)');
  });

  it('is v9 when not given', () => {
    const { tree } = formOf(pages, data);
    expect(tree.expressionContext({ page: 'p' }).format).toBe('v9');
  });
});

describe('component aliases', () => {
  it('reads v9 and legacy type names as the v8 canonical types', () => {
    const { tree } = formOf(
      {
        p: [
          { id: 'h', type: 'Heading', size: 'L' },
          {
            id: 'org',
            type: 'OrganizationLookup',
            dataModelBindings: { organization_lookup_orgnr: 'Org.Nr', organization_lookup_name: 'Org.Name' },
          },
          { id: 'addr', type: 'AddressComponent', dataModelBindings: { address: 'A' } },
        ],
      },
      { Org: { Nr: '123', Name: 'ACME' } },
    );
    expect(['h', 'org', 'addr'].map((id) => tree.node(id)?.type)).toEqual(['Header', 'OrganisationLookup', 'Address']);
    expect(tree.node('org')?.displayValue()).toBe('123, ACME');
    // The v9 names are as right as the v8 ones; only the pre-v4 name earns a warning.
    expect(tree.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'type-spelling', componentId: 'addr' }),
    ]);
  });
});

describe('text()', () => {
  it('follows a text whose value is another key, and falls back to built-in texts', () => {
    const { tree } = formOf(
      { p: [{ id: 'x', type: 'Paragraph' }] },
      { Name: 'Ada' },
      {
        environment: {
          textResources: [
            { id: 'alias', value: 'greeting' },
            { id: 'greeting', value: 'Hi {0}', variables: [{ key: 'Name', dataSource: 'dataModel.default' }] },
            { id: 'self', value: 'self' },
          ],
          builtinTexts: { 'general.required': 'Påkrevd' },
        },
      },
    );
    const text = (key: string) => tree.evaluateAt({ page: 'p' }, ['text', key], 'string', '').value;
    expect(text('alias')).toBe('Hi Ada');
    expect(text('self')).toBe('self');
    expect(text('general.required')).toBe('Påkrevd');
    expect(text('missing')).toBe('missing');
  });
});

describe('instance environment', () => {
  it('reads the instance, the task permissions and data elements', () => {
    const { tree } = formOf(
      { p: [{ id: 'x', type: 'Paragraph' }] },
      {},
      {
        environment: {
          instance: {
            id: '1/abc',
            appId: 'org/app',
            instanceOwner: { partyId: 1, organisationNumber: '999' },
            data: [{ id: 'd', dataType: 'att' }],
          },
          process: { currentTask: { elementId: 'Task_2', read: true, write: true } },
          permissions: { write: false, actions: { sign: true } },
        },
      },
    );
    const run = (expression: unknown) => tree.evaluateAt({ page: 'p' }, expression, 'any', null);
    expect(run(['instanceContext', 'instanceOwnerPartyType']).value).toBe('org');
    expect(run(['authContext', 'write']).value).toBe(false);
    expect(run(['authContext', 'sign']).value).toBe(true);
    expect(run(['authContext', 'reject']).error).toContain('Unknown Auth context property reject for task Task_2');
    expect(run(['countDataElements', 'att']).value).toBe(1);
    expect(run(['linkToPage', 'Go', 'p2']).value).toBe(
      '<a href="/instance/1/abc/Task_2/p2" data-link-type="LinkToPotentialPage">Go</a>',
    );
  });
});

describe('options from a repeating group (source)', () => {
  it('shows the label of the chosen row, following edits to the rows', () => {
    const { tree, store } = formOf(
      {
        p: [
          {
            id: 'pick',
            type: 'Dropdown',
            dataModelBindings: { simpleBinding: 'Chosen' },
            source: { group: 'Items', value: 'Items[{0}].Id', label: 'item.label' },
          },
          {
            id: 'many',
            type: 'Checkboxes',
            dataModelBindings: { simpleBinding: 'Many' },
            source: { group: 'Items', value: 'Items.Id', label: ['concat', '#', ['dataModel', 'Items.Name']] },
          },
        ],
      },
      {
        Chosen: 'b',
        Many: 'a,b',
        Items: [
          { altinnRowId: 'r0', Id: 'a', Name: 'Apple' },
          { altinnRowId: 'r1', Id: 'b', Name: 'Banana' },
        ],
      },
      {
        environment: {
          textResources: [
            {
              id: 'item.label',
              value: 'Item {0}',
              variables: [{ key: 'Items[{0}].Name', dataSource: 'dataModel.default' }],
            },
          ],
        },
      },
    );
    const show = (id: string) => tree.evaluateAt({ page: 'p' }, ['displayValue', id], 'string', '').value;
    expect(show('pick')).toBe('Item Banana');
    expect(show('many')).toBe('#Apple, #Banana');
    expect(tree.node('many')?.displayValueParts()).toEqual(['#Apple', '#Banana']);
    expect(tree.node('pick')?.displayValueParts()).toBeNull();
    store.set('Items[1].Name', 'Blueberry');
    expect(show('pick')).toBe('Item Blueberry');
  });
});
