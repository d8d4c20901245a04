import type { Diagnostic } from '../diagnostics.ts';
import type { AltinnFileKind, AltinnSchemaChecker } from '../schemas/altinnSchemaChecker.ts';
import { parseJsonFile } from './json.ts';
import { resolvePageOrder } from './pageOrder.ts';
import type { AppSource } from './source.ts';
import type {
  AppOption,
  LayoutSetEntry,
  LoadedLayoutSet,
  LoadResult,
  RawComponent,
  RawLayoutFile,
  TextResource,
} from './types.ts';

export interface LoadLayoutSetOptions {
  /** Which layout set to load; default: the first in layout-sets.json. */
  layoutSetId?: string;
  /** When given, every file is also checked against the Altinn JSON Schemas. */
  schemas?: AltinnSchemaChecker;
}

const UI = 'App/ui';

/**
 * Reads one layout set of an Altinn app folder with everything it needs to render. Nothing here
 * throws for a bad file: each problem becomes a located diagnostic, and what can be used is used,
 * so one broken page does not take the rest of the form down.
 */
export async function loadLayoutSet(source: AppSource, options: LoadLayoutSetOptions = {}): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const readJson = async (path: string, kind?: AltinnFileKind): Promise<unknown> => {
    const text = await source.read(path);
    if (text === undefined) return undefined;
    const parsed = parseJsonFile(text, path);
    if (!parsed.ok) {
      diagnostics.push(parsed.diagnostic);
      return undefined;
    }
    if (kind && options.schemas) diagnostics.push(...options.schemas.check(kind, parsed.value, path));
    return parsed.value;
  };

  const applicationMetadata = asRecord(await readJson('App/config/applicationmetadata.json', 'applicationMetadata'));
  const entry = await resolveLayoutSetEntry(readJson, options.layoutSetId, diagnostics);
  if (!entry) return { diagnostics };

  const setFolder = entry.folder;
  const settingsFile = `${setFolder}/Settings.json`;
  const settings = asRecord(await readJson(settingsFile, 'layoutSettings')) ?? {};

  const layouts: Record<string, RawLayoutFile> = {};
  const layoutFiles: Record<string, string> = {};
  for (const name of (await source.list(`${setFolder}/layouts`)).filter((n) => n.endsWith('.json'))) {
    const file = `${setFolder}/layouts/${name}`;
    const page = name.slice(0, -'.json'.length);
    const layout = toLayoutFile(await readJson(file, 'layout'), file, diagnostics);
    if (layout) {
      layouts[page] = layout;
      layoutFiles[page] = file;
    }
  }
  if (Object.keys(layouts).length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'no-pages',
      file: `${setFolder}/layouts`,
      message: `Layout set "${entry.id}" has no readable page files.`,
    });
  }
  const { order, diagnostics: orderDiagnostics } = resolvePageOrder(settings, Object.keys(layouts), settingsFile);
  diagnostics.push(...orderDiagnostics);

  const dataType = entry.dataType ?? 'model';
  const dataModelSchemas: Record<string, unknown> = {};
  const schemaFile = await findModelSchemaFile(source, dataType, applicationMetadata);
  const validationConfigs: Record<string, unknown> = {};
  if (schemaFile) {
    const schema = await readJson(schemaFile);
    if (schema !== undefined) dataModelSchemas[dataType] = schema;
    const validation = await readJson(schemaFile.replace(/\.schema\.json$/, '.validation.json'), 'validation');
    if (validation !== undefined) validationConfigs[dataType] = validation;
  }

  const layoutSet: LoadedLayoutSet = {
    id: entry.id,
    dataType,
    pageOrder: order,
    layouts,
    layoutFiles,
    settings,
    dataModelSchemas,
    validationConfigs,
    texts: await loadTexts(source, readJson),
    options: await loadOptions(source, readJson, diagnostics),
    applicationMetadata,
  };
  return { layoutSet, diagnostics };
}

type ReadJson = (path: string, kind?: AltinnFileKind) => Promise<unknown>;

async function resolveLayoutSetEntry(
  readJson: ReadJson,
  wanted: string | undefined,
  diagnostics: Diagnostic[],
): Promise<(LayoutSetEntry & { folder: string }) | undefined> {
  const file = `${UI}/layout-sets.json`;
  const layoutSets = asRecord(await readJson(file, 'layoutSets'));
  if (!layoutSets) {
    // The legacy single-set app keeps its pages in App/ui/layouts and has no layout-sets.json.
    if (wanted)
      diagnostics.push({
        severity: 'error',
        code: 'layout-set',
        file,
        message: `No layout-sets.json, so no layout set "${wanted}".`,
      });
    return { id: 'default', folder: UI };
  }
  const sets = Array.isArray(layoutSets.sets) ? (layoutSets.sets as LayoutSetEntry[]) : [];
  const index = wanted === undefined ? 0 : sets.findIndex((set) => set?.id === wanted);
  const entry = sets[index];
  if (!entry || typeof entry.id !== 'string') {
    diagnostics.push({
      severity: 'error',
      code: 'layout-set',
      file,
      pointer: '/sets',
      message: wanted
        ? `No layout set "${wanted}"; known: ${sets.map((set) => set?.id).join(', ') || 'none'}.`
        : 'layout-sets.json lists no layout set.',
    });
    return undefined;
  }
  return { ...entry, folder: `${UI}/${entry.id}` };
}

function toLayoutFile(value: unknown, file: string, diagnostics: Diagnostic[]): RawLayoutFile | undefined {
  if (value === undefined) return undefined;
  const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
  if (!Array.isArray(layout)) {
    diagnostics.push({
      severity: 'error',
      code: 'layout-shape',
      file,
      pointer: '/data/layout',
      message: 'A page file needs "data.layout" as an array of components; the page is left out.',
    });
    return undefined;
  }
  const components = layout.filter((component, index): component is RawComponent => {
    const ok =
      component !== null &&
      typeof component === 'object' &&
      typeof component.id === 'string' &&
      typeof component.type === 'string';
    if (!ok) {
      diagnostics.push({
        severity: 'error',
        code: 'layout-shape',
        file,
        pointer: `/data/layout/${index}`,
        message: 'A component needs a string "id" and "type"; it is left out.',
      });
    }
    return ok;
  });
  const raw = value as RawLayoutFile;
  return { ...raw, data: { ...raw.data, layout: components } };
}

async function findModelSchemaFile(
  source: AppSource,
  dataType: string,
  metadata: Record<string, unknown> | undefined,
): Promise<string | undefined> {
  const files = (await source.list('App/models')).filter((name) => name.endsWith('.schema.json'));
  const classRef = (metadata?.dataTypes as { id?: string; appLogic?: { classRef?: string } }[] | undefined)?.find(
    (type) => type?.id === dataType,
  )?.appLogic?.classRef;
  const candidates = [dataType, classRef?.split('.').pop()].filter((name): name is string => !!name);
  for (const candidate of candidates) {
    const match = files.find((name) => name.toLowerCase() === `${candidate.toLowerCase()}.schema.json`);
    if (match) return `App/models/${match}`;
  }
  return undefined;
}

async function loadTexts(source: AppSource, readJson: ReadJson): Promise<Record<string, TextResource[]>> {
  const texts: Record<string, TextResource[]> = {};
  for (const name of await source.list('App/config/texts')) {
    const language = /^resource\.([a-z]{2,3})\.json$/.exec(name)?.[1];
    if (!language) continue;
    const file = asRecord(await readJson(`App/config/texts/${name}`, 'textResources'));
    if (Array.isArray(file?.resources)) texts[language] = file.resources as TextResource[];
  }
  return texts;
}

async function loadOptions(
  source: AppSource,
  readJson: ReadJson,
  diagnostics: Diagnostic[],
): Promise<Record<string, AppOption[]>> {
  const options: Record<string, AppOption[]> = {};
  for (const name of (await source.list('App/options')).filter((n) => n.endsWith('.json'))) {
    const file = `App/options/${name}`;
    const list = await readJson(file);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      diagnostics.push({
        severity: 'error',
        code: 'options',
        file,
        pointer: '',
        message: 'A code list must be a JSON array of {value, label}.',
      });
      continue;
    }
    options[name.slice(0, -'.json'.length)] = list as AppOption[];
  }
  return options;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
