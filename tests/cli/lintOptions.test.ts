import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import { lintOptions } from '../../src/cli/lint/lintOptions.ts';

const choice = (id: string, extra: Record<string, unknown>) => ({
  id,
  type: 'RadioButtons',
  dataModelBindings: { simpleBinding: id },
  ...extra,
});

async function lint(files: Record<string, unknown>) {
  const source = objectSource({
    'App/config/applicationmetadata.json': { id: 'org/app', dataTypes: [{ id: 'model', appLogic: { classRef: 'M' } }] },
    'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
    'App/ui/form/Settings.json': { pages: { order: ['p'] } },
    'App/ui/form/layouts/p.json': {
      data: {
        layout: [
          choice('colour', { optionsId: 'colours' }),
          choice('municipality', { optionsId: 'kommuner' }),
          choice('inline', { optionsId: 'kommuner', options: [{ value: 'a', label: 'A' }] }),
          choice('fromRows', { optionsId: 'kommuner', source: { group: 'g', label: 'l', value: 'g[{0}].v' } }),
        ],
      },
    },
    'App/options/colours.json': [{ value: 'red', label: 'Rød' }],
    ...files,
  });
  const { layoutSet } = await loadLayoutSet(source);
  return lintOptions(source, [layoutSet!]);
}

describe('optionsId without a code list file', () => {
  it('warns where the component names it, saying the list must come from the app’s code', async () => {
    expect(await lint({})).toEqual([
      {
        severity: 'warning',
        code: 'options-missing',
        file: 'App/ui/form/layouts/p.json',
        pointer: '/data/layout/1/optionsId',
        componentId: 'municipality',
        message: expect.stringMatching(
          /^No code list "kommuner": there is no App\/options\/kommuner\.json, so the options must come from the app's code \(an IAppOptionsProvider with Id "kommuner"\)\. Where they do not, the page says the options could not be fetched\.$/,
        ),
      },
    ]);
  });

  it('is quiet when a C# file of the app names the id, and says when none does', async () => {
    const provider = 'public class Municipalities : IAppOptionsProvider { public string Id => "kommuner"; }';
    expect(await lint({ 'App/logic/Options/Municipalities.cs': provider })).toEqual([]);
    const other = 'public class Other : IAppOptionsProvider { public string Id => "fylker"; }';
    const [warning] = await lint({ 'App/options/Other.cs': other });
    expect(warning?.message).toContain('and no C# file of the app names it');
  });
});
