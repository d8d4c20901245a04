import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { createTextResolver } from '../../../src/core/texts/textResolver.ts';
import type { TextResource } from '../../../src/core/index.ts';

// Texts as an app file may hold them: the types say a variable has a dataSource, the files need not.
const broken = [
  { id: 'appName', value: 'Søknad for {0}', variables: [{ key: 'applicant.name' }] },
  { id: 'nullSource', value: 'Hei {0}', variables: [{ key: 'name', dataSource: null }] },
  { id: 'nullVariable', value: 'Hei {0}', variables: [null] },
  { id: 'withDefault', value: 'Hei {0}', variables: [{ key: 'name', defaultValue: 'deg' }] },
  { id: 'unknownSource', value: 'Hei {0}', variables: [{ key: 'name', dataSource: 'register' }] },
  { id: 'notAList', value: 'Hei {0}', variables: 'name' },
  { id: 'fine', value: 'Hei {0}', variables: [{ key: 'name', dataSource: 'dataModel.default' }] },
] as unknown as TextResource[];

describe('text variables an app file gets wrong', () => {
  it('resolve to their default or key instead of throwing', () => {
    const texts = createTextResolver('nb', broken, {}, { dataModel: () => 'Kari' });
    expect(texts.resolve('appName')).toBe('Søknad for applicant.name');
    expect(texts.resolve('nullSource')).toBe('Hei name');
    expect(texts.resolve('nullVariable')).toBe('Hei ');
    expect(texts.resolve('withDefault')).toBe('Hei deg');
    expect(texts.resolve('unknownSource')).toBe('Hei name');
    expect(texts.resolve('notAList')).toBe('Hei {0}');
    expect(texts.resolve('fine')).toBe('Hei Kari');
  });

  it('are reported by the loader as errors located at the variable', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      objectSource({
        'App/ui/layouts/page.json': { data: { layout: [{ id: 'nav', type: 'NavigationButtons' }] } },
        'App/config/texts/resource.nb.json': { language: 'nb', resources: broken },
      }),
    );
    expect(layoutSet).toBeDefined();
    const found = diagnostics.filter((diagnostic) => diagnostic.code === 'text-variable');
    expect(found.map((diagnostic) => [diagnostic.severity, diagnostic.file, diagnostic.pointer])).toEqual([
      ['error', 'App/config/texts/resource.nb.json', '/resources/0/variables/0'],
      ['error', 'App/config/texts/resource.nb.json', '/resources/1/variables/0'],
      ['error', 'App/config/texts/resource.nb.json', '/resources/2/variables/0'],
      ['error', 'App/config/texts/resource.nb.json', '/resources/3/variables/0'],
      ['error', 'App/config/texts/resource.nb.json', '/resources/4/variables/0'],
      ['error', 'App/config/texts/resource.nb.json', '/resources/5/variables'],
    ]);
    expect(found[0].message).toContain('"appName"');
    expect(found[0].message).toContain('no "dataSource"');
    expect(found[4].message).toContain('"register"');
  });
});
