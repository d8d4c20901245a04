import { describe, expect, it } from 'vitest';
import { listLayoutSets, loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import type { LoadedLayoutSet } from '../../src/core/app/types.ts';
import { lintReachability } from '../../src/cli/lint/lintReachability.ts';

const page = (...layout: unknown[]) => ({ data: { layout } });
const field = { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } };
const bpmn = `<bpmn:definitions><bpmn:process>
  <bpmn:task id="Task_1" /><bpmn:serviceTask id="Task_Pdf"></bpmn:serviceTask>
</bpmn:process></bpmn:definitions>`;

function v8App(sets: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const files: Record<string, unknown> = {
    'App/config/applicationmetadata.json': { id: 'org/app', dataTypes: [{ id: 'model', appLogic: { classRef: 'M' } }] },
    'App/models/model.schema.json': { type: 'object', properties: { name: { type: 'string' } } },
    'App/config/process/process.bpmn': bpmn,
    'App/ui/layout-sets.json': { sets },
    ...extra,
  };
  for (const set of sets) {
    files[`App/ui/${String(set.id)}/Settings.json`] = { pages: { order: ['p'] } };
    files[`App/ui/${String(set.id)}/layouts/p.json`] ??= page(field);
  }
  return objectSource(files);
}

async function unreachable(source: ReturnType<typeof objectSource>) {
  const listing = await listLayoutSets(source);
  const loaded: LoadedLayoutSet[] = [];
  for (const set of listing.layoutSets) {
    const { layoutSet } = await loadLayoutSet(source, { layoutSetId: set.id });
    if (layoutSet) loaded.push(layoutSet);
  }
  const found = await lintReachability(source, listing.format, listing.layoutSets, loaded);
  return found.map(({ severity, code, file, pointer, message }) => ({ severity, code, file, pointer, message }));
}

describe('unreachable layout sets', () => {
  it('finds none when every set is for a task of the process, a service task included', async () => {
    const source = v8App([
      { id: 'form', dataType: 'model', tasks: ['Task_1'] },
      { id: 'pdf', dataType: 'model', tasks: ['Task_Pdf'] },
      { id: 'receipt', dataType: 'model', tasks: ['CustomReceipt'] },
    ]);
    expect(await unreachable(source)).toEqual([]);
  });

  it('finds none in an older app with only App/ui/layouts: its one layout is what every data task shows', async () => {
    const source = objectSource({
      'App/config/applicationmetadata.json': {
        id: 'org/app',
        dataTypes: [{ id: 'model', appLogic: { classRef: 'M' } }],
      },
      'App/models/model.schema.json': { type: 'object', properties: { name: { type: 'string' } } },
      'App/config/process/process.bpmn': bpmn,
      'App/ui/Settings.json': { pages: { order: ['p'] } },
      'App/ui/layouts/p.json': page(field),
    });
    expect(await unreachable(source)).toEqual([]);
  });

  it('warns about a set whose task is not in process.bpmn, at its entry in layout-sets.json', async () => {
    const source = v8App([
      { id: 'form', dataType: 'model', tasks: ['Task_1'] },
      { id: 'old', dataType: 'model', tasks: ['Task_9'] },
    ]);
    expect(await unreachable(source)).toEqual([
      {
        severity: 'warning',
        code: 'unreachable-set',
        file: 'App/ui/layout-sets.json',
        pointer: '/sets/1',
        message: expect.stringContaining('"Task_9", which is not in App/config/process/process.bpmn'),
      },
    ]);
  });

  it('counts a set without tasks as reached when a Subform or the stateless entry names it', async () => {
    const subform = { id: 'cars', type: 'Subform', layoutSet: 'car', tableColumns: [] };
    const source = v8App(
      [
        { id: 'form', dataType: 'model', tasks: ['Task_1'] },
        { id: 'car', dataType: 'model', type: 'subform' },
        { id: 'start', dataType: 'model' },
        { id: 'orphan', dataType: 'model' },
      ],
      {
        'App/ui/form/layouts/p.json': page(field, subform),
        'App/config/applicationmetadata.json': {
          id: 'org/app',
          dataTypes: [{ id: 'model', appLogic: { classRef: 'M' } }],
          onEntry: { show: 'start' },
        },
      },
    );
    expect((await unreachable(source)).map((d) => d.message)).toEqual([
      expect.stringMatching(/^Layout set "orphan" has no task/),
    ]);
  });

  it('warns about a UI folder that layout-sets.json leaves out', async () => {
    const source = v8App([{ id: 'form', dataType: 'model', tasks: ['Task_1'] }], {
      'App/ui/draft/layouts/p.json': page(field),
    });
    expect(await unreachable(source)).toEqual([
      expect.objectContaining({ file: 'App/ui/draft/layouts', message: expect.stringContaining('"draft" is not in') }),
    ]);
  });

  it('warns about a taskNavigation entry for a task the process does not have, where it is written', async () => {
    const source = v8App([{ id: 'form', dataType: 'model', tasks: ['Task_1'] }], {
      'App/ui/layout-sets.json': {
        sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }],
        uiSettings: { taskNavigation: [{ taskId: 'Task_1' }, { taskId: 'Task_2' }, { type: 'receipt' }] },
      },
    });
    expect(await unreachable(source)).toEqual([
      {
        severity: 'warning',
        code: 'task-navigation',
        file: 'App/ui/layout-sets.json',
        pointer: '/uiSettings/taskNavigation/1/taskId',
        message: expect.stringContaining('"Task_2" is not in process.bpmn'),
      },
    ]);
  });
});
