import { beforeEach, describe, expect, it, vi } from 'vitest';

const layoutSets = { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] };
const input = { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } };

function files(texts: string[], component: object = input) {
  return {
    'App/ui/layout-sets.json': layoutSets,
    'App/ui/form/Settings.json': { pages: { order: ['first'] } },
    'App/ui/form/layouts/first.json': { data: { layout: [component] } },
    'App/models/model.schema.json': { type: 'object', properties: { name: { type: 'string' } } },
    'App/config/texts/resource.nb.json': {
      language: 'nb',
      resources: texts.map((value, index) => ({ id: `text_${index}`, value })),
    },
  };
}

// Each test gets its own module instances, so what one app loads does not count for the next.
async function freshEngine() {
  vi.resetModules();
  const { loadLayoutSet } = await import('../../../src/core/app/loadLayoutSet.ts');
  const { objectSource } = await import('../../../src/core/app/source.ts');
  const markdown = await import('../../../src/core/texts/markdownLoader.ts');
  const jmespath = await import('../../../src/core/expressions/functions/jmespathLoader.ts');
  const { evaluateExpression } = await import('../../../src/core/expressions/index.ts');
  return {
    load: (texts: string[], component?: object) => loadLayoutSet(objectSource(files(texts, component))),
    markdown,
    jmespath,
    evaluate: (expression: unknown) =>
      evaluateExpression(expression, { format: 'v9' }, { expected: 'any', defaultValue: null }),
  };
}

describe('loadLayoutSet loads the parts an app needs (issue 14)', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('leaves the Markdown reader out when every text is plain', async () => {
    const { load, markdown } = await freshEngine();
    await load(['Fornavn', 'Etternavn']);
    expect(markdown.loadedMarkdownParser()).toBeUndefined();
  });

  it('loads the Markdown reader before the first render when a text has Markdown', async () => {
    const { load, markdown } = await freshEngine();
    await load(['Fornavn', 'Les **vilkårene** først']);
    const parse = markdown.loadedMarkdownParser();
    expect(parse?.('Les **vilkårene** først')).toEqual([
      { tag: 'p', children: ['Les ', { tag: 'strong', children: ['vilkårene'] }, ' først'] },
    ]);
  });

  it('reads what layouts write in place of a text id, but not the ids', async () => {
    const plain = await freshEngine();
    await plain.load(['Fornavn', 'Kort tekst'], {
      ...input,
      textResourceBindings: { title: 'text_0', description: 'text_1' },
    });
    expect(plain.markdown.loadedMarkdownParser()).toBeUndefined();
    const inline = await freshEngine();
    await inline.load(['Fornavn'], {
      ...input,
      textResourceBindings: { title: 'text_0', description: 'Les **dette**' },
    });
    expect(inline.markdown.loadedMarkdownParser()).toBeDefined();
  });

  it('leaves JMESPath out when no expression calls it, and then says so when one is evaluated', async () => {
    const { load, jmespath, evaluate } = await freshEngine();
    await load(['Fornavn'], { ...input, hidden: ['equals', ['dataModel', 'name'], 'x'] });
    expect(jmespath.loadedJmespath()).toBeUndefined();
    const result = evaluate(['jmespath', ['object', 'a', 1], 'a']);
    expect(result.value).toBeNull();
    expect(result.error?.kind).toBe('runtime');
    expect(result.error?.message).toMatch(/JMESPath library is not loaded/);
  });

  it('loads JMESPath when an expression calls it, and then evaluates it synchronously', async () => {
    const { load, jmespath, evaluate } = await freshEngine();
    await load(['Fornavn'], { ...input, hidden: ['equals', ['jmespath', ['dataModel', 'name'], 'a'], 'x'] });
    expect(jmespath.loadedJmespath()).toBeDefined();
    expect(evaluate(['jmespath', ['object', 'a', 1], 'a']).value).toBe(1);
  });

  it('starts the nb texts and the schema interpreter while it still reads the app (they downloaded after)', async () => {
    vi.resetModules();
    const steps: string[] = [];
    vi.doMock('../../../src/core/validation/schema/interpreterLoader.ts', async (importOriginal) => {
      const original =
        await importOriginal<typeof import('../../../src/core/validation/schema/interpreterLoader.ts')>();
      return {
        ...original,
        loadSchemaInterpreter: () => (steps.push('interpreter'), original.loadSchemaInterpreter()),
      };
    });
    vi.doMock('../../../src/core/texts/builtin/builtinTextsLoader.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../../src/core/texts/builtin/builtinTextsLoader.ts')>();
      return {
        ...original,
        loadBuiltinTexts: (language: string) => (steps.push(`texts ${language}`), original.loadBuiltinTexts(language)),
      };
    });
    const { loadLayoutSet } = await import('../../../src/core/app/loadLayoutSet.ts');
    const { objectSource } = await import('../../../src/core/app/source.ts');
    const source = objectSource(files(['Fornavn']));
    const { layoutSet } = await loadLayoutSet({
      ...source,
      read: (path) => (steps.push(`read ${path}`), source.read(path)),
    });
    vi.doUnmock('../../../src/core/validation/schema/interpreterLoader.ts');
    vi.doUnmock('../../../src/core/texts/builtin/builtinTextsLoader.ts');

    expect(layoutSet).toBeDefined();
    const first = (step: string) => steps.indexOf(step);
    expect(first('texts nb')).toBeLessThan(first('read App/ui/form/layouts/first.json'));
    expect(first('interpreter')).toBeGreaterThan(first('read App/models/model.schema.json'));
    expect(first('interpreter')).toBeLessThan(first('read App/config/texts/resource.nb.json'));
  });
});
