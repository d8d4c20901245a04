import { describe, expect, it } from 'vitest';
import { createFormEngine } from '../../../src/core/form/index.ts';
import type { LoadedLayoutSet, RawComponent } from '../../../src/core/index.ts';

function layoutSet(pages: Record<string, RawComponent[]>, extra: Partial<LoadedLayoutSet> = {}): LoadedLayoutSet {
  return {
    id: 'form',
    dataType: 'model',
    pageOrder: Object.keys(pages),
    layouts: Object.fromEntries(Object.entries(pages).map(([key, layout]) => [key, { data: { layout } }])),
    layoutFiles: {},
    settings: {},
    dataModelSchemas: {},
    texts: { nb: [] },
    options: {},
    ...extra,
  };
}

describe('FormEngine', () => {
  it('leaves hidden pages out of navigation, and brings them back when the data changes', () => {
    const set = layoutSet({ one: [], two: [], three: [] });
    (set.layouts.two.data as { hidden?: unknown }).hidden = ['equals', ['dataModel', 'skip'], true];
    const engine = createFormEngine({ layoutSet: set, initialData: { skip: true } });
    expect(engine.navigablePages()).toEqual(['one', 'three']);
    engine.data.setText({ dataType: 'model', field: 'skip' }, 'no');
    expect(engine.navigablePages()).toEqual(['one', 'two', 'three']);
  });

  it('notifies only the node whose hidden expression read the changed path', () => {
    const set = layoutSet({
      one: [
        { id: 'kind', type: 'Input', dataModelBindings: { simpleBinding: 'kind' } },
        {
          id: 'org',
          type: 'Input',
          hidden: ['notEquals', ['dataModel', 'kind'], 'org'],
          dataModelBindings: { simpleBinding: 'org' },
        },
        {
          id: 'other',
          type: 'Input',
          hidden: ['equals', ['dataModel', 'other'], 'x'],
          dataModelBindings: { simpleBinding: 'other' },
        },
      ],
    });
    const engine = createFormEngine({ layoutSet: set });
    const org = engine.tree.node('org')!;
    const other = engine.tree.node('other')!;
    expect(org.isHidden()).toBe(true);
    expect(other.isHidden()).toBe(false);
    const heard: string[] = [];
    engine.subscribeNode('org', () => heard.push('org'));
    engine.subscribeNode('other', () => heard.push('other'));
    engine.data.setText({ dataType: 'model', field: 'kind' }, 'org');
    expect(heard).toEqual(['org']);
    expect(org.isHidden()).toBe(false);
  });

  it('resolves text variables from the data, the instance and the application settings', () => {
    const set = layoutSet(
      { one: [] },
      {
        texts: {
          nb: [
            {
              id: 'greeting',
              value: '{0} ({1}) – {2}',
              variables: [
                { key: 'person.name', dataSource: 'dataModel.default' },
                { key: 'instanceOwnerPartyId', dataSource: 'instanceContext' },
                { key: 'homepage', dataSource: 'applicationSettings' },
              ],
            },
          ],
        },
      },
    );
    const engine = createFormEngine({
      layoutSet: set,
      initialData: { person: { name: 'Kari' } },
      environment: {
        instance: { id: '12345/abc', instanceOwner: { partyId: '12345' } },
        frontendSettings: { homepage: 'kommune.no' },
      },
    });
    expect(engine.texts('nb').resolve('greeting')).toBe('Kari (12345) – kommune.no');
  });

  it('keeps the data when the language changes, and the built-in texts follow the language', () => {
    const engine = createFormEngine({
      layoutSet: layoutSet({ one: [{ id: 'a', type: 'Input', dataModelBindings: { simpleBinding: 'a' } }] }),
    });
    engine.data.setText({ dataType: 'model', field: 'a' }, 'verdi');
    engine.setLanguage('en');
    expect(engine.data.snapshot().model).toEqual({ a: 'verdi' });
    expect(engine.texts().resolve('navigation.next')).toBe('Next');
    expect(engine.tree.node('a')).toBeDefined();
  });
});
