import type { AppSource } from '../../core/index.ts';
import type { ConnectedClient } from '../client.ts';

const UI = 'App/ui';

/**
 * An `AppSource` whose files are the app backend's answers, so core's `loadLayoutSet` builds a
 * layout set exactly as it does from an app folder: `layout-sets.json`, a set's `Settings.json`
 * and pages, data model schemas and validation configs, texts in the app's languages, and the
 * code lists the pages name by `optionsId` or in `optionLabel` (those served without query parameters;
 * the others are asked for at run time). Every call is made once.
 */
export function backendAppSource(client: ConnectedClient, languages: () => Promise<string[]>): AppSource {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let hit = cache.get(key) as Promise<T> | undefined;
    if (!hit) cache.set(key, (hit = load()));
    return hit;
  };
  const metadata = () => once('metadata', () => client.getApplicationMetadata());
  const layoutSets = () => once('layoutSets', () => client.getLayoutSets());
  const formDataTypes = async () =>
    (await metadata()).dataTypes.filter((type) => type.appLogic?.classRef).map((type) => type.id);
  const fetchedLayouts = new Set<Record<string, unknown>>();
  const layouts = async (setId: string) => {
    const pages = await once(`layouts:${setId}`, () => client.getLayouts(setId));
    fetchedLayouts.add(pages);
    return pages;
  };
  /**
   * Code list ids the fetched pages name, in `optionsId` or as the list of an `optionLabel`
   * expression (the v9 backend preloads those too); read after the pages, as `loadLayoutSet` does.
   */
  const optionIds = () => {
    const ids = new Set<string>();
    const isId = (value: unknown): value is string => typeof value === 'string' && /^[\w.-]+$/.test(value);
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) {
        if (value[0] === 'optionLabel' && isId(value[1])) ids.add(value[1]);
        value.forEach(visit);
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'optionsId' && isId(child)) ids.add(child);
          else visit(child);
        }
      }
    };
    fetchedLayouts.forEach(visit);
    return ids;
  };
  const json = (value: unknown) => (value === undefined || value === null ? undefined : JSON.stringify(value));

  const files: [RegExp, (name: string, page?: string) => Promise<unknown>][] = [
    [/^App\/config\/applicationmetadata\.json$/, () => metadata()],
    [/^App\/ui\/layout-sets\.json$/, () => layoutSets()],
    [/^App\/ui\/([^/]+)\/Settings\.json$/, (set) => once(`settings:${set}`, () => client.getLayoutSettings(set))],
    [/^App\/ui\/([^/]+)\/layouts\/(.+)\.json$/, async (set, page) => (await layouts(set))[page ?? '']],
    [/^App\/models\/(.+)\.schema\.json$/, (type) => once(`schema:${type}`, () => client.getJsonSchema(type))],
    [
      /^App\/models\/(.+)\.validation\.json$/,
      (type) => once(`validation:${type}`, () => client.getValidationConfig(type)),
    ],
    [
      /^App\/options\/(.+)\.json$/,
      (id) => once(`options:${id}`, async () => (await client.getOptions(id).catch(() => undefined))?.options),
    ],
    [
      /^App\/config\/texts\/resource\.([a-z]{2,3})\.json$/,
      (language) => once(`texts:${language}`, () => client.getTexts({ language })),
    ],
  ];

  return {
    async read(path) {
      for (const [pattern, load] of files) {
        const match = pattern.exec(path);
        if (match) return json(await load(match[1] ?? '', match[2]));
      }
      return undefined;
    },
    async list(dir) {
      if (dir === 'App/models') return (await formDataTypes()).map((id) => `${id}.schema.json`);
      if (dir === 'App/options') return [...optionIds()].map((id) => `${id}.json`);
      if (dir === 'App/config/texts') return (await languages()).map((language) => `resource.${language}.json`);
      const pages = /^App\/ui\/([^/]+)\/layouts$/.exec(dir);
      if (pages) return Object.keys(await layouts(pages[1]!)).map((page) => `${page}.json`);
      if (/^App\/ui\/[^/]+$/.test(dir)) return ['Settings.json'];
      return [];
    },
    async listFolders(dir) {
      return dir === UI ? (await layoutSets()).sets.map((set) => set.id) : [];
    },
  };
}
