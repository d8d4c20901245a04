import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { normalizeLayouts } from '../../../src/core/layout/index.ts';
import { LIMITS } from '../../../src/core/limits/limits.ts';
import type { AltinnSchemaChecker } from '../../../src/core/schemas/altinnSchemaChecker.ts';
import { altinnSchemaChecker } from '../../support/altinnSchemas.ts';

const PAGE = 'App/ui/form/layouts/first.json';
const input = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: `person.${id}` },
  ...extra,
});

/** JSON text of a page whose `deep` component has `property` set to the raw JSON `value`. */
function pageWith(property: string, value: string): string {
  const layout = { data: { layout: [input('before'), input('deep', { [property]: '@' }), input('after')] } };
  return JSON.stringify(layout).replace('"@"', value);
}

/** Deep values are written as text: JSON.stringify itself overflows the stack on them. */
const notChain = (levels: number) => `${'["not",'.repeat(levels)}["dataModel","person.a"]${']'.repeat(levels)}`;
const arrayChain = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

function app(files: Record<string, unknown>) {
  return objectSource({
    'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
    'App/ui/form/Settings.json': { pages: { order: ['first'] } },
    'App/models/model.schema.json': { type: 'object', properties: { person: { type: 'object' } } },
    [PAGE]: { data: { layout: [input('before')] } },
    ...files,
  });
}

/** The real checker, counting what it is given to check: components and inline options of pages. */
async function countingChecker() {
  const checker = await altinnSchemaChecker();
  const seen = { components: 0, options: 0 };
  const counting: AltinnSchemaChecker = {
    check(kind, value, file) {
      const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
      if (kind === 'layout' && Array.isArray(layout)) {
        seen.components += layout.length;
        for (const component of layout) {
          const options = (component as { options?: unknown } | null)?.options;
          if (Array.isArray(options)) seen.options += options.length;
        }
      }
      return checker.check(kind, value, file);
    },
  };
  return { checker: counting, seen };
}

const located = (diagnostics: { code: string; file?: string; pointer?: string; componentId?: string }[]) =>
  diagnostics
    .filter((d) => d.code.startsWith('limit-'))
    .map(({ code, file, pointer, componentId }) => ({ code, file, pointer, componentId }));

describe('loadLayoutSet within the limits (issue 12, finding 4)', () => {
  for (const levels of [2_000, 50_000]) {
    it(`leaves out a component whose expression is nested ${levels} levels, and says where`, async () => {
      const schemas = await altinnSchemaChecker();
      const { layoutSet, diagnostics } = await loadLayoutSet(app({ [PAGE]: pageWith('hidden', notChain(levels)) }), {
        schemas,
      });
      const limits = located(diagnostics);
      expect(limits).toHaveLength(1);
      expect(limits[0]).toMatchObject({ code: 'limit-depth', file: PAGE, componentId: 'deep' });
      expect(limits[0].pointer).toMatch(/^\/data\/layout\/1\/hidden(\/1)+$/);
      expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
      expect(layoutSet?.layouts.first.data.layout.map((c) => c.id)).toEqual(['before', 'after']);
    });

    it(`reads a layout property and a data-model schema nested ${levels} levels without overflowing`, async () => {
      let schema = '{"type":"string"}';
      schema = `{"type":"object","properties":{"person":${'{"type":"object","properties":{"x":'.repeat(levels)}${schema}${'}}'.repeat(levels)}}}`;
      const { layoutSet, diagnostics } = await loadLayoutSet(
        app({ [PAGE]: pageWith('grid', arrayChain(levels)), 'App/models/model.schema.json': schema }),
        { schemas: await altinnSchemaChecker() },
      );
      expect(located(diagnostics).map(({ code, file }) => ({ code, file }))).toEqual([
        { code: 'limit-depth', file: PAGE },
        { code: 'limit-depth', file: 'App/models/model.schema.json' },
      ]);
      expect(layoutSet?.dataModelSchemas.model).toBeDefined();
    });
  }

  it('validates at most the components a page may have: 20,000 on one page give one finding', async () => {
    const { checker, seen } = await countingChecker();
    const many = Array.from({ length: 20_000 }, (_, index) =>
      input(`field${String.fromCharCode(97 + (index % 26))}x${index}`),
    );
    const { layoutSet, diagnostics } = await loadLayoutSet(app({ [PAGE]: { data: { layout: many } } }), {
      schemas: checker,
    });
    expect(located(diagnostics)).toEqual([
      {
        code: 'limit-components',
        file: PAGE,
        pointer: `/data/layout/${LIMITS.componentsPerPage}`,
        componentId: undefined,
      },
    ]);
    expect(seen.components).toBe(LIMITS.componentsPerPage);
    expect(layoutSet?.layouts.first.data.layout).toHaveLength(LIMITS.componentsPerPage);
  });

  it('looks at most at the options a list may have: 200,000 inline options in a Dropdown', async () => {
    const { checker, seen } = await countingChecker();
    const options = Array.from({ length: 200_000 }, (_, index) => ({ value: `v${index}`, label: `l${index}` }));
    const dropdown = { id: 'pick', type: 'Dropdown', dataModelBindings: { simpleBinding: 'person.pick' }, options };
    const { layoutSet, diagnostics } = await loadLayoutSet(app({ [PAGE]: { data: { layout: [dropdown] } } }), {
      schemas: checker,
    });
    expect(located(diagnostics)).toEqual([
      {
        code: 'limit-options',
        file: PAGE,
        pointer: `/data/layout/0/options/${LIMITS.optionsPerList}`,
        componentId: 'pick',
      },
    ]);
    expect(seen.options).toBe(LIMITS.optionsPerList);
    expect(layoutSet?.layouts.first.data.layout[0].options).toHaveLength(LIMITS.optionsPerList);
  });

  it('cuts a code-list file, a 5 MB text and the page files past their limits, and says where', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: LIMITS.layoutFilesPerSet + 20 }, (_, index) => [
        `App/ui/form/layouts/p${String(index).padStart(4, '0')}.json`,
        { data: { layout: [] } },
      ]),
    );
    const longText = '**bold** [link](https://example.com) '.repeat(140_000);
    const { layoutSet, diagnostics } = await loadLayoutSet(
      app({
        ...pages,
        'App/options/big.json': Array.from({ length: 200_000 }, (_, index) => ({ value: index, label: `l${index}` })),
        'App/config/texts/resource.nb.json': {
          language: 'nb',
          resources: [
            { id: 'a', value: 'A' },
            { id: 'long', value: longText },
          ],
        },
      }),
    );
    expect(located(diagnostics)).toEqual([
      { code: 'limit-pages', file: 'App/ui/form/layouts', pointer: undefined, componentId: undefined },
      {
        code: 'limit-text',
        file: 'App/config/texts/resource.nb.json',
        pointer: '/resources/1/value',
        componentId: undefined,
      },
      {
        code: 'limit-options',
        file: 'App/options/big.json',
        pointer: `/${LIMITS.optionsPerList}`,
        componentId: undefined,
      },
    ]);
    expect(Object.keys(layoutSet!.layouts)).toHaveLength(LIMITS.layoutFilesPerSet);
    expect(layoutSet!.texts.nb[1].value).toHaveLength(LIMITS.textLength);
    expect(layoutSet!.options.big).toHaveLength(LIMITS.optionsPerList);
  });

  it('cuts a "__proto__" key nested past the limit without touching any prototype', async () => {
    const deep = `${'{"__proto__":'.repeat(LIMITS.depth + 5)}{"polluted":true}${'}'.repeat(LIMITS.depth + 5)}`;
    const { diagnostics } = await loadLayoutSet(app({ 'App/config/applicationmetadata.json': deep }));
    expect(located(diagnostics).map((d) => d.code)).toEqual(['limit-depth']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('container nesting', () => {
  it('cuts a chain of 1,000 groups at the nesting limit, with what it holds', () => {
    const groups = Array.from({ length: 1_000 }, (_, index) => ({
      id: `group${index}x`,
      type: 'Group',
      children: index < 999 ? [`group${index + 1}x`] : [],
    }));
    const result = normalizeLayouts({
      layouts: { p: { data: { layout: groups } } },
      defaultDataType: 'model',
      fileOf: () => PAGE,
    });
    const found = result.diagnostics.filter((d) => d.code === 'limit-nesting');
    expect(found).toEqual([
      expect.objectContaining({
        file: PAGE,
        pointer: `/data/layout/${LIMITS.componentNesting - 1}/children/0`,
        componentId: `group${LIMITS.componentNesting - 1}x`,
      }),
    ]);
    let depth = 0;
    for (let id: string | undefined = result.pages[0].topLevel[0]; id; id = result.components.get(id)?.children[0]?.id)
      depth++;
    expect(depth).toBe(LIMITS.componentNesting);
  });
});
