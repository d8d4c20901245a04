import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import {
  checkTaskNavigationTasks,
  navigationSettingsOf,
  readPageGroups,
  readTaskNavigation,
} from '../../../src/core/app/navigationSettings.ts';
import { objectSource } from '../../../src/core/app/source.ts';

const page = () => ({ data: { layout: [{ id: `c${Math.random()}`.replace('.', ''), type: 'Paragraph' }] } });
const FILE = 'App/ui/form/Settings.json';

describe('pages.groups', () => {
  it('reads groups with their defaults and stable ids', () => {
    const { groups, diagnostics } = readPageGroups(
      [
        { order: ['intro'], type: 'info' },
        { name: 'group.applicant', order: ['name', 'address'], markWhenCompleted: true, expandedByDefault: true },
      ],
      ['intro', 'name', 'address'],
      FILE,
    );
    expect(diagnostics).toEqual([]);
    expect(groups).toEqual([
      { id: 'group-0', type: 'info', markWhenCompleted: false, expandedByDefault: false, order: ['intro'] },
      {
        id: 'group-1',
        name: 'group.applicant',
        type: 'default',
        markWhenCompleted: true,
        expandedByDefault: true,
        order: ['name', 'address'],
      },
    ]);
  });

  it('locates an unknown page at its place in its group and leaves it out', () => {
    const { groups, diagnostics } = readPageGroups(
      [{ order: ['intro'] }, { name: 'g', order: ['name', 'nmae'] }],
      ['intro', 'name'],
      FILE,
    );
    expect(groups?.[1].order).toEqual(['name']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: FILE,
        pointer: '/pages/groups/1/order/1',
        message: expect.stringContaining('"nmae"'),
      }),
    ]);
  });

  it('reports a page in two groups, a nameless group of several pages, an unknown type and a group without order', () => {
    const { groups, diagnostics } = readPageGroups(
      [{ order: ['a', 'b'] }, { order: ['b'], type: 'summary' }, { name: 'x' }],
      ['a', 'b'],
      FILE,
    );
    expect(diagnostics.map((d) => [d.severity, d.pointer])).toEqual([
      ['warning', '/pages/groups/0'],
      ['warning', '/pages/groups/1/order/0'],
      ['warning', '/pages/groups/1/type'],
      ['error', '/pages/groups/2'],
    ]);
    // The second group lost its only page, so it is not shown at all.
    expect(groups?.map((group) => group.order)).toEqual([['a', 'b']]);
  });

  it('gives the loaded layout set the groups, and the loader locates their problems', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      objectSource({
        'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
        'App/ui/form/Settings.json': { pages: { groups: [{ order: ['a'] }, { name: 'g', order: ['b', 'missing'] }] } },
        'App/ui/form/layouts/a.json': page(),
        'App/ui/form/layouts/b.json': page(),
      }),
    );
    expect(layoutSet?.pageOrder).toEqual(['a', 'b']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: FILE, pointer: '/pages/groups/1/order/1', code: 'page-order' }),
    ]);
    expect(navigationSettingsOf(layoutSet!).groups?.map((group) => group.name)).toEqual([undefined, 'g']);
  });

  it('has no groups when the set uses pages.order', () => {
    const set = {
      id: 's',
      dataType: 'model',
      pageOrder: ['a'],
      layouts: { a: { data: { layout: [] } } },
      layoutFiles: {},
      settings: { pages: { order: ['a'], groups: [{ order: ['a'] }] } },
      dataModelSchemas: {},
      texts: {},
      options: {},
    };
    expect(navigationSettingsOf(set).groups).toBeUndefined();
  });
});

describe('taskNavigation', () => {
  const at = { file: FILE, pointer: '/pages/taskNavigation' };

  it('reads tasks and the receipt, and locates entries it cannot use', () => {
    const { entries, diagnostics } = readTaskNavigation(
      [{ taskId: 'Task_1', name: 'nav.fill' }, { type: 'receipt' }, { name: 'nothing' }, 'Task_2'],
      at,
    );
    expect(entries).toEqual([{ kind: 'task', taskId: 'Task_1', name: 'nav.fill' }, { kind: 'receipt' }]);
    expect(diagnostics.map((d) => [d.file, d.pointer, d.code])).toEqual([
      [FILE, '/pages/taskNavigation/2', 'task-navigation'],
      [FILE, '/pages/taskNavigation/3', 'task-navigation'],
    ]);
  });

  it('names task ids the process does not have', () => {
    const { entries } = readTaskNavigation([{ taskId: 'Task_1' }, { taskId: 'Task_9' }, { type: 'receipt' }], at);
    const diagnostics = checkTaskNavigationTasks(entries, new Set(['Task_1', 'Task_2']), at);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        pointer: '/pages/taskNavigation/1/taskId',
        message: expect.stringContaining('"Task_9" is not in process.bpmn'),
      }),
    ]);
  });

  it('is read from the app-wide settings unless the set has its own, and located where it was written', async () => {
    const files = {
      'App/ui/layout-sets.json': {
        sets: [
          { id: 'one', dataType: 'model', tasks: ['Task_1'] },
          { id: 'two', dataType: 'model', tasks: ['Task_2'] },
        ],
        uiSettings: { taskNavigation: [{ taskId: 'Task_1' }, { bad: true }] },
      },
      'App/ui/one/Settings.json': { pages: { order: ['a'] } },
      'App/ui/one/layouts/a.json': page(),
      'App/ui/two/Settings.json': { pages: { order: ['a'], taskNavigation: [{ taskId: 'Task_2' }] } },
      'App/ui/two/layouts/a.json': page(),
    };
    const one = await loadLayoutSet(objectSource(files), { layoutSetId: 'one' });
    expect(navigationSettingsOf(one.layoutSet!).taskNavigation).toEqual([{ kind: 'task', taskId: 'Task_1' }]);
    expect(one.layoutSet?.taskNavigationSource).toEqual({
      file: 'App/ui/layout-sets.json',
      pointer: '/uiSettings/taskNavigation',
    });
    expect(one.diagnostics).toEqual([
      expect.objectContaining({ file: 'App/ui/layout-sets.json', pointer: '/uiSettings/taskNavigation/1' }),
    ]);
    const two = await loadLayoutSet(objectSource(files), { layoutSetId: 'two' });
    expect(navigationSettingsOf(two.layoutSet!).taskNavigation).toEqual([{ kind: 'task', taskId: 'Task_2' }]);
    expect(two.layoutSet?.taskNavigationSource).toEqual({
      file: 'App/ui/two/Settings.json',
      pointer: '/pages/taskNavigation',
    });
    expect(two.diagnostics).toEqual([]);
  });

  it('reads the v9 app-wide App/ui/Settings.json', async () => {
    const { layoutSet } = await loadLayoutSet(
      objectSource({
        'App/ui/Settings.json': { taskNavigation: [{ taskId: 'Task_1', name: 'Task 1' }, { type: 'receipt' }] },
        'App/ui/Task_1/Settings.json': { defaultDataType: 'model', pages: { order: ['a'] } },
        'App/ui/Task_1/layouts/a.json': page(),
      }),
    );
    expect(layoutSet?.appFormat).toBe('v9');
    expect(navigationSettingsOf(layoutSet!).taskNavigation).toHaveLength(2);
    expect(layoutSet?.taskNavigationSource).toEqual({ file: 'App/ui/Settings.json', pointer: '/taskNavigation' });
  });
});
