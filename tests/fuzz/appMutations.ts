import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { AppSource } from '../../src/core/app/source.ts';
import { objectSource } from '../../src/core/app/source.ts';

/** An app as its files' text, plus the paths whose reads fail as a file system would fail them. */
export interface FuzzApp {
  files: Record<string, string>;
  failing: Record<string, string>;
}

/** What was done to the base app, kept readable so a shrunk failure says what broke it. */
export type Mutation =
  | {
      kind: 'nest';
      file: number;
      component: number;
      property: string;
      shape: 'expr' | 'array' | 'object' | 'group';
      depth: number;
    }
  | { kind: 'deepValue'; file: number; path: number[]; shape: 'expr' | 'array' | 'object' | 'group'; depth: number }
  | { kind: 'huge'; file: number; what: 'components' | 'options' | 'text' | 'codeList' | 'pages'; size: number }
  | { kind: 'wrongType'; file: number; path: number[]; value: unknown }
  | { kind: 'protoKey'; file: number; path: number[]; key: string }
  | { kind: 'brokenJson'; file: number; at: number; insert: string }
  | { kind: 'bom'; file: number; comments: boolean }
  | { kind: 'unicode'; file: number; path: number[]; text: string }
  | { kind: 'rename'; file: number; name: string }
  | { kind: 'renameSet'; id: string }
  | { kind: 'fsError'; file: number; code: string }
  | { kind: 'missing'; file: number };

const ERROR_CODES = ['EISDIR', 'ENAMETOOLONG', 'EACCES', 'EPERM', 'ELOOP', 'EMFILE', 'EIO'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const WRONG_VALUES: unknown[] = [null, '', 'x', 0, -1, 1.5e308, true, false, [], {}, [null], { id: 1 }, '__proto__'];

/** Every file of an example app folder, as text. */
export function readAppFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else files[relative(dir, path).replace(/\\/g, '/')] = readFileSync(path, 'utf8');
    }
  };
  visit(dir);
  return files;
}

const json = (value: unknown) => JSON.stringify(value);
const input = (id: string, field: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: field },
  textResourceBindings: { title: `${id}.title` },
  ...extra,
});

/** Small apps of each format, beside the example: v8 with a group and a repeating group, v9, and the legacy single folder. */
export function syntheticApps(): Record<string, string>[] {
  const schema = json({
    type: 'object',
    properties: {
      a: { type: 'string' },
      n: { type: 'number' },
      rows: {
        type: 'array',
        items: { type: 'object', properties: { altinnRowId: { type: 'string' }, x: { type: 'string' } } },
      },
    },
  });
  const texts = json({
    language: 'nb',
    resources: [
      { id: 'a.title', value: 'A **fet** [lenke](https://example.com)' },
      { id: 'appName', value: 'Fuzz' },
    ],
  });
  const components = [
    input('a', 'a', { hidden: ['equals', ['dataModel', 'n'], 3] }),
    { id: 'grp', type: 'Group', children: ['n'], textResourceBindings: { title: 'a.title' } },
    { id: 'n', type: 'Number', dataModelBindings: { simpleBinding: 'n' } },
    { id: 'rg', type: 'RepeatingGroup', children: ['x'], dataModelBindings: { group: 'rows' } },
    input('x', 'rows.x'),
    {
      id: 'pick',
      type: 'Dropdown',
      dataModelBindings: { simpleBinding: 'a' },
      options: [{ value: 'a', label: 'a.title' }],
    },
    { id: 'para', type: 'Paragraph', textResourceBindings: { title: 'a.title' } },
  ];
  const metadata = json({
    id: 'ttd/fuzz',
    dataTypes: [{ id: 'model', appLogic: { classRef: 'Altinn.App.Models.Model' } }],
  });
  const page = json({ data: { layout: components } });
  return [
    {
      'App/config/applicationmetadata.json': metadata,
      'App/ui/layout-sets.json': json({ sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] }),
      'App/ui/form/Settings.json': json({ pages: { order: ['one', 'two'] } }),
      'App/ui/form/layouts/one.json': page,
      'App/ui/form/layouts/two.json': json({ data: { layout: [input('b', 'a')] } }),
      'App/models/model.schema.json': schema,
      'App/config/texts/resource.nb.json': texts,
      'App/options/list.json': json([{ value: 'a', label: 'a.title' }]),
    },
    {
      'App/config/applicationmetadata.json': metadata,
      'App/ui/Settings.json': json({ defaultDataType: 'model' }),
      'App/ui/Task_1/Settings.json': json({ defaultDataType: 'model', pages: { order: ['one'] } }),
      'App/ui/Task_1/layouts/one.json': page,
      'App/models/model.schema.json': schema,
      'App/config/texts/resource.nb.json': texts,
    },
    {
      'App/config/applicationmetadata.json': metadata,
      'App/ui/Settings.json': json({ pages: { order: ['one'] } }),
      'App/ui/layouts/one.json': page,
      'App/models/model.schema.json': schema,
    },
  ];
}

/** A JSON value nested `depth` levels, as text (JSON.stringify overflows the stack on deep values). */
function nested(shape: { shape: 'expr' | 'array' | 'object' | 'group'; depth: number }): string {
  const { depth } = shape;
  switch (shape.shape) {
    case 'expr':
      return `${'["not",'.repeat(depth)}["dataModel","a"]${']'.repeat(depth)}`;
    case 'array':
      return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    case 'object':
      return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    case 'group':
      return `${'[{"id":"g","type":"Group","children":'.repeat(depth)}[]${'}]'.repeat(depth)}`;
  }
}

const pathArb = fc.array(fc.nat({ max: 1_000 }), { minLength: 0, maxLength: 7 });
const fileArb = fc.nat({ max: 1_000 });

/** Mutations, weighted so that the dear ones (huge or 50,000 levels deep) are a small part of the run. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('nest' as const),
      file: fileArb,
      component: fc.nat({ max: 50 }),
      property: fc.constantFrom(
        'hidden',
        'required',
        'readOnly',
        'grid',
        'textResourceBindings',
        'options',
        'children',
        'dataModelBindings',
        'value',
      ),
      shape: fc.constantFrom('expr' as const, 'array' as const, 'object' as const, 'group' as const),
      depth: fc.oneof(
        { weight: 30, arbitrary: fc.integer({ min: 1, max: 130 }) },
        { weight: 2, arbitrary: fc.constant(2_000) },
        { weight: 1, arbitrary: fc.constant(50_000) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deepValue' as const),
      file: fileArb,
      path: pathArb,
      shape: fc.constantFrom('expr' as const, 'array' as const, 'object' as const, 'group' as const),
      depth: fc.oneof(
        { weight: 30, arbitrary: fc.integer({ min: 1, max: 130 }) },
        { weight: 1, arbitrary: fc.constantFrom(2_000, 50_000) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge' as const),
      file: fileArb,
      what: fc.constantFrom(
        'components' as const,
        'options' as const,
        'text' as const,
        'codeList' as const,
        'pages' as const,
      ),
      size: fc.oneof(
        // Past a limit, and dear: one case in a few thousand (a page of 1,000 broken components
        // alone takes a second to check in detail).
        { weight: 400, arbitrary: fc.integer({ min: 0, max: 300 }) },
        { weight: 1, arbitrary: fc.constantFrom(1_200, 20_000, 200_000, 5_000_000) },
      ),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('wrongType' as const),
      file: fileArb,
      path: pathArb,
      value: fc.constantFrom(...WRONG_VALUES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('protoKey' as const),
      file: fileArb,
      path: pathArb,
      key: fc.constantFrom(...PROTO_KEYS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('brokenJson' as const),
      file: fileArb,
      at: fc.nat(),
      insert: fc.constantFrom('', '{', ']', ',', '"', '/*', '//x\n', '\u0000', 'NaN', '\uFEFF'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom' as const), file: fileArb, comments: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('unicode' as const),
      file: fileArb,
      path: pathArb,
      text: fc.string({ unit: 'binary', maxLength: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      file: fileArb,
      name: fc.oneof(
        fc.constantFrom(
          'x'.repeat(300),
          '__proto__',
          'constructor',
          ' ',
          'a b',
          'æøå',
          '..',
          '%2e',
          'con',
          'side.1',
          '💥',
        ),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((name) => !name.includes('/')),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameSet' as const),
      id: fc.constantFrom('x'.repeat(300), '__proto__', '', 'a/b', 'Task_1', 'æ'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('fsError' as const),
      file: fileArb,
      code: fc.constantFrom(...ERROR_CODES),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('missing' as const), file: fileArb }) },
);

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

/** A copy of the JSON value at the end of `path` (each step picks a child by index, modulo), and a setter for it. */
function walkTo(
  root: unknown,
  path: readonly number[],
): { parent?: Record<string, unknown> | unknown[]; key?: string | number; value: unknown } {
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') break;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    const next = pick(keys, step);
    if (next === undefined) break;
    parent = value as Record<string, unknown> | unknown[];
    key = next;
    value = (parent as Record<string | number, unknown>)[next];
  }
  return { parent, key, value };
}

function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  // Defined, so that a "__proto__" key is a key, as JSON.parse makes it.
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function parsed(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : (JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch {
    return undefined;
  }
}

/** Applies one mutation to the app in place. Mutations that do not fit the app (a path into a broken file) do nothing. */
export function mutate(app: FuzzApp, mutation: Mutation): void {
  const paths = Object.keys(app.files).sort();
  const jsonPaths = paths.filter((path) => path.endsWith('.json'));
  const layoutPaths = jsonPaths.filter((path) => /\/layouts\/[^/]+\.json$/.test(path));
  const edit = (path: string | undefined, change: (value: unknown) => unknown) => {
    if (!path) return;
    const value = parsed(app.files[path]);
    if (value === undefined) return;
    try {
      const changed = change(value);
      if (typeof changed === 'string') app.files[path] = changed;
    } catch (error) {
      // A file an earlier mutation nested thousands of levels deep: JSON.stringify cannot write it
      // again, so this mutation leaves it as it is.
      if (!(error instanceof RangeError)) throw error;
    }
  };
  switch (mutation.kind) {
    case 'nest': {
      edit(pick(layoutPaths, mutation.file), (value) => {
        const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
        const component = Array.isArray(layout) ? pick(layout, mutation.component) : undefined;
        if (component === null || typeof component !== 'object' || Array.isArray(component)) return undefined;
        setOwn(component as Record<string, unknown>, mutation.property, '@@deep@@');
        return JSON.stringify(value).replace('"@@deep@@"', nested(mutation));
      });
      return;
    }
    case 'deepValue': {
      // Anywhere in any file: a data-model schema, texts, settings, metadata.
      edit(pick(jsonPaths, mutation.file), (value) => {
        const at = walkTo(value, mutation.path);
        if (!at.parent || at.key === undefined) return nested(mutation);
        setOwn(at.parent, at.key, '@@deep@@');
        return JSON.stringify(value).replace('"@@deep@@"', nested(mutation));
      });
      return;
    }
    case 'huge': {
      // 5 MB is for texts; 5 million components or options would be a file of hundreds of MB,
      // whose JSON.parse alone takes seconds (no limit on file size bounds that yet).
      const size = mutation.what === 'text' ? mutation.size : Math.min(mutation.size, 200_000);
      if (mutation.what === 'pages') {
        const layout = pick(layoutPaths, mutation.file);
        if (!layout) return;
        const folder = layout.slice(0, layout.lastIndexOf('/'));
        for (let index = 0; index < Math.min(size, 1_200); index++)
          app.files[`${folder}/extra${index}.json`] = '{"data":{"layout":[]}}';
        return;
      }
      if (mutation.what === 'text') {
        edit(
          pick(
            jsonPaths.filter((path) => path.includes('/texts/')),
            mutation.file,
          ),
          (value) => {
            const resources = (value as { resources?: unknown }).resources;
            if (!Array.isArray(resources) || resources.length === 0) return undefined;
            resources[0] = {
              id: 'appName',
              value: '**fet** [lenke](https://example.com) > '.repeat(Math.ceil(size / 40)),
            };
            return JSON.stringify(value);
          },
        );
        return;
      }
      if (mutation.what === 'codeList') {
        app.files['App/options/huge.json'] = JSON.stringify(
          Array.from({ length: size }, (_, index) => ({ value: index, label: `l${index}` })),
        );
        return;
      }
      edit(pick(layoutPaths, mutation.file), (value) => {
        const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
        if (!Array.isArray(layout)) return undefined;
        if (mutation.what === 'components') {
          for (let index = 0; index < size; index++)
            layout.push({ id: `many${index}x`, type: index % 2 ? 'Paragraph' : 'Input' });
        } else {
          layout.push({
            id: 'huge-options',
            type: 'Dropdown',
            dataModelBindings: { simpleBinding: 'a' },
            options: Array.from({ length: size }, (_, index) => ({ value: `v${index}`, label: `l${index}` })),
          });
        }
        return JSON.stringify(value);
      });
      return;
    }
    case 'wrongType':
    case 'protoKey':
    case 'unicode': {
      edit(pick(jsonPaths, mutation.file), (value) => {
        const at = walkTo(value, mutation.path);
        if (mutation.kind === 'protoKey') {
          const target =
            at.value !== null && typeof at.value === 'object' && !Array.isArray(at.value)
              ? (at.value as Record<string, unknown>)
              : at.parent;
          if (!target || Array.isArray(target)) return undefined;
          setOwn(target, mutation.key, { polluted: true, id: 'proto', type: 'Input' });
          return JSON.stringify(value);
        }
        const replacement = mutation.kind === 'unicode' ? mutation.text : mutation.value;
        if (!at.parent || at.key === undefined) return JSON.stringify(replacement) ?? 'null';
        setOwn(at.parent, at.key, replacement);
        return JSON.stringify(value);
      });
      return;
    }
    case 'brokenJson': {
      const path = pick(jsonPaths, mutation.file);
      if (!path) return;
      const text = app.files[path];
      const at = mutation.at % (text.length + 1);
      app.files[path] = text.slice(0, at) + mutation.insert + (mutation.insert === '' ? '' : text.slice(at));
      return;
    }
    case 'bom': {
      const path = pick(jsonPaths, mutation.file);
      if (!path) return;
      const text = app.files[path];
      app.files[path] = `\uFEFF${mutation.comments ? `// kommentar\n${text.replace(/\}\s*$/, ',}')}` : text}`;
      return;
    }
    case 'rename': {
      const path = pick(paths, mutation.file);
      if (!path) return;
      const folder = path.slice(0, path.lastIndexOf('/'));
      const extension = path.endsWith('.json') ? '.json' : '';
      app.files[`${folder}/${mutation.name}${extension}`] = app.files[path];
      delete app.files[path];
      return;
    }
    case 'renameSet': {
      const sets = parsed(app.files['App/ui/layout-sets.json']) as { sets?: { id?: unknown }[] } | undefined;
      const first = sets?.sets?.[0];
      if (!first || typeof first.id !== 'string') return;
      const old = `App/ui/${first.id}/`;
      for (const path of Object.keys(app.files)) {
        if (!path.startsWith(old)) continue;
        app.files[`App/ui/${mutation.id}/${path.slice(old.length)}`] = app.files[path];
        delete app.files[path];
      }
      first.id = mutation.id;
      app.files['App/ui/layout-sets.json'] = JSON.stringify(sets);
      return;
    }
    case 'fsError': {
      const path = pick(paths, mutation.file);
      if (path) app.failing[path] = mutation.code;
      return;
    }
    case 'missing': {
      const path = pick(paths, mutation.file);
      if (path) delete app.files[path];
      return;
    }
  }
}

/** The app as a source; a failing path throws as Node's fs does (a folder where the file should be, a name too long…). */
export function fuzzSource(app: FuzzApp): AppSource {
  const inner = objectSource(app.files);
  const fail = (path: string) => {
    const code = app.failing[path];
    if (code) throw Object.assign(new Error(`${code}: simulated failure, read '${path}'`), { code });
  };
  return {
    async read(path) {
      fail(path);
      return inner.read(path);
    },
    async list(dir) {
      fail(dir);
      return inner.list(dir);
    },
    async listFolders(dir) {
      fail(dir);
      return inner.listFolders(dir);
    },
  };
}
