import type { Diagnostic } from '../diagnostics.ts';
import { reportingSource } from './reportingSource.ts';
import { textVariableProblems } from './textVariables.ts';
import type { AltinnFileKind, AltinnSchemaChecker } from '../schemas/altinnSchemaChecker.ts';
import { asRecord, describeApp, type AppStructure, type LayoutSetDescriptor } from './appFormat.ts';
import { applyFormatDefaults } from './formatDefaults.ts';
import { modelRootSchema } from './modelRoot.ts';
import { isInside, limitFile, optionsOverLimit, textsOverLimit } from './fileLimits.ts';
import { parseAppFile } from './parseAppFile.ts';
import { preloadParts, startEarlyParts } from './preloadParts.ts';
import { isPartReference, LIBRARIES_FILE, partPointers, splitReference } from './libraryReferences.ts';
import { libraryCode, type LibraryCode } from './libraryCode.ts';
import type { PartContext } from './libraryParts.ts';
import { LIMITS } from '../limits/limits.ts';
import { readTaskNavigation, type SettingLocation } from './navigationSettings.ts';
import { resolvePageOrder } from './pageOrder.ts';
import { referencedDataTypes } from './referencedDataTypes.ts';
import { findSettingsFile } from './settingsFile.ts';
import { checkWithFormat } from './schemaCompatibility.ts';
import type { AppSource } from './source.ts';
import type { AppOption, LoadedLayoutSet, LoadResult, RawComponent, RawLayoutFile, TextResource } from './types.ts';

export interface LoadLayoutSetOptions {
  /** Which layout set (v8) or UI folder (v9) to load; default: the first. */
  layoutSetId?: string;
  /** When given, every file is also checked against the Altinn JSON Schemas. */
  schemas?: AltinnSchemaChecker;
  /**
   * The data types the form will check with precompiled validators (`precompiledValidators` of
   * the form or `validateForm`): the schema interpreter is not loaded for their models.
   */
  precompiledValidators?: Readonly<Record<string, unknown>>;
}

type ReadJson = (path: string, kind?: AltinnFileKind) => Promise<unknown>;

/**
 * Reads one layout set of an Altinn app folder, v8 or v9, with everything it needs to render.
 * Nothing here throws for a bad file: each problem becomes a located diagnostic, and what can be
 * used is used, so one broken page does not take the rest of the form down.
 */
export async function loadLayoutSet(appSource: AppSource, options: LoadLayoutSetOptions = {}): Promise<LoadResult> {
  const early = startEarlyParts(options);
  const diagnostics: Diagnostic[] = [];
  const source = reportingSource(appSource, (diagnostic) => diagnostics.push(diagnostic));
  const reader = createReader(source, diagnostics, options.schemas);
  const applicationMetadata = asRecord(
    await reader.readJson('App/config/applicationmetadata.json', 'applicationMetadata'),
  );
  const structure = await describeApp(source, (path) => reader.readJson(path), applicationMetadata, diagnostics);
  if (!structure) return { diagnostics };
  reader.format = structure.format;
  const entry = chooseLayoutSet(structure, options.layoutSetId, diagnostics);
  if (!entry) return { diagnostics };

  const found = await findSettingsFile(source, entry.folder);
  if (found?.warning) diagnostics.push(found.warning);
  const settingsFile = found?.path ?? `${entry.folder}/Settings.json`;
  const folderSettings = asRecord(await reader.readJson(settingsFile, 'layoutSettings')) ?? {};
  const folderPages = asRecord(folderSettings.pages) ?? {};
  const settings = {
    ...folderSettings,
    // Global page settings apply first; the folder's own values win, even when false.
    pages: { ...structure.globalPageSettings, ...folderPages },
  };
  // A list setting replaces the global one as a whole, so it is located where it was written.
  const taskNavigationSource =
    'taskNavigation' in folderPages
      ? { file: settingsFile, pointer: '/pages/taskNavigation' }
      : 'taskNavigation' in structure.globalPageSettings
        ? globalSettingLocation(structure, 'taskNavigation')
        : undefined;
  diagnostics.push(...readTaskNavigation(settings.pages.taskNavigation, taskNavigationSource).diagnostics);

  // The library code is loaded once the app declares a library or refers to one (most do not).
  const librariesFile = await reader.readJson(LIBRARIES_FILE);
  let code: LibraryCode | undefined = librariesFile === undefined ? undefined : await libraryCode.load();
  const declared = code?.readLibraryDeclarations(librariesFile);
  diagnostics.push(...(declared?.diagnostics ?? []));
  const libraries = code && declared ? await code.reachableLibraries(source, declared.libraries, diagnostics) : [];
  const parts: PartContext = {
    libraries: new Set(libraries),
    readLayout: async (file) =>
      toLayoutFile(await reader.readJson(file, 'layout'), file, diagnostics, reader.leftOut.get(file)),
    withDefaults: (layout) => applyFormatDefaults(layout, structure.format),
    optionChecks: [],
    diagnostics,
  };

  const layouts: Record<string, RawLayoutFile> = {};
  const layoutFiles: Record<string, string> = {};
  const pageFiles = (await source.list(`${entry.folder}/layouts`)).filter((n) => n.endsWith('.json'));
  if (pageFiles.length > LIMITS.layoutFilesPerSet) {
    diagnostics.push({
      severity: 'error',
      code: 'limit-pages',
      file: `${entry.folder}/layouts`,
      message: `The layout set has ${pageFiles.length} page files, more than the ${LIMITS.layoutFilesPerSet} one set may have; only the first ${LIMITS.layoutFilesPerSet} (by name) are read.`,
    });
    pageFiles.length = LIMITS.layoutFilesPerSet;
  }
  for (const name of pageFiles) {
    const file = `${entry.folder}/layouts/${name}`;
    const page = name.slice(0, -'.json'.length);
    const layout = toLayoutFile(await reader.readJson(file, 'layout'), file, diagnostics, reader.leftOut.get(file));
    if (layout) {
      if (!code && layout.data.layout.some(isPartReference)) code = await libraryCode.load();
      const expanded = code ? await code.expandComponentParts(layout, file, parts) : layout;
      if (!code) parts.optionChecks.push({ layout, file });
      layouts[page] = applyFormatDefaults(expanded, structure.format);
      layoutFiles[page] = file;
    }
  }
  let reportedOrder: string[] = [];
  if (!code && takesLibraryPages(settings.pages.order)) code = await libraryCode.load();
  if (code && Array.isArray(settings.pages.order)) {
    const shared = await code.includeSharedPages(
      settings.pages.order,
      '/pages/order',
      settingsFile,
      layouts,
      layoutFiles,
      parts,
    );
    settings.pages = { ...settings.pages, order: shared.order };
    reportedOrder = shared.reported;
  }
  const hasPages = Object.keys(layouts).length > 0;
  if (!hasPages) diagnostics.push(noPagesDiagnostic(entry));
  const { order, diagnostics: orderDiagnostics } = resolvePageOrder(settings, Object.keys(layouts), settingsFile);
  // Without pages, "no page order" only repeats the problem above.
  if (hasPages) diagnostics.push(...orderDiagnostics.filter((found) => !reportedOrder.includes(found.pointer ?? '')));

  const dataType = entry.dataType ?? 'model';
  const dataModelSchemas: Record<string, unknown> = {};
  const validationConfigs: Record<string, unknown> = {};
  const validationFiles: Record<string, string> = {};
  for (const type of [dataType, ...referencedDataTypes(layouts)]) {
    if (type in dataModelSchemas) continue;
    const schemaFile = await findModelSchemaFile(source, type, applicationMetadata);
    if (!schemaFile) {
      if (type !== dataType) {
        diagnostics.push({
          severity: 'warning',
          code: 'data-model',
          file: 'App/models',
          message: `No schema for data type "${type}", which the layouts use.`,
        });
      }
      continue;
    }
    const schema = await reader.readJson(schemaFile);
    if (schema !== undefined) dataModelSchemas[type] = modelRootSchema(schema, classRefOf(applicationMetadata, type));
    early.schemaRead(type, dataModelSchemas[type]);
    const validationFile = schemaFile.replace(/\.schema\.json$/, '.validation.json');
    const validation = await reader.readJson(validationFile, 'validation');
    if (validation !== undefined) {
      validationConfigs[type] = validation;
      validationFiles[type] = validationFile;
    }
  }

  const texts = await loadTexts(source, reader.readJson, diagnostics);
  const codeLists = await loadOptions(source, reader.readJson, diagnostics);
  // One library after the other, so their problems are reported in a stable order.
  const libraryTexts: Record<string, TextResource[]>[] = [];
  if (code) {
    for (const name of libraries) {
      const root = code.libraryPath(name, '');
      libraryTexts.push(await loadTexts(source, reader.readJson, diagnostics, root));
      Object.assign(codeLists, code.prefixOptions(name, await loadOptions(source, reader.readJson, diagnostics, root)));
    }
  }
  if (!code && parts.optionChecks.some(({ layout }) => namesLibraryOptions(layout))) code = await libraryCode.load();
  if (code) diagnostics.push(...code.missingLibraryOptions(parts, codeLists));

  const layoutSet: LoadedLayoutSet = {
    id: entry.id,
    appFormat: structure.format,
    dataType,
    tasks: entry.tasks,
    pageOrder: order,
    layouts,
    layoutFiles,
    settings,
    ...(taskNavigationSource && { taskNavigationSource }),
    dataModelSchemas,
    validationConfigs,
    validationFiles,
    texts: code ? code.mergeLibraryTexts(texts, libraryTexts) : texts,
    options: codeLists,
    applicationMetadata,
  };
  await preloadParts(layoutSet, options);
  return { layoutSet, diagnostics };
}

/** Whether a page order takes a page from a library (`"<library>:<page>"`). */
function takesLibraryPages(order: unknown): boolean {
  return Array.isArray(order) && order.some((page) => typeof page === 'string' && splitReference(page) !== undefined);
}

/** Whether a page names a library's code list (`"optionsId": "<library>:<list>"`). */
function namesLibraryOptions(layout: RawLayoutFile): boolean {
  return layout.data.layout.some(
    ({ optionsId }) => typeof optionsId === 'string' && splitReference(optionsId) !== undefined,
  );
}

/** The ids of an app's layout sets (v8) or UI folders (v9), with the app's format. */
export async function listLayoutSets(appSource: AppSource): Promise<{
  format?: AppStructure['format'];
  layoutSets: LayoutSetDescriptor[];
  /** Page settings every set shares (v8 `uiSettings`, v9 `App/ui/Settings.json`). */
  globalPageSettings: Record<string, unknown>;
  diagnostics: Diagnostic[];
}> {
  const diagnostics: Diagnostic[] = [];
  const source = reportingSource(appSource, (diagnostic) => diagnostics.push(diagnostic));
  const reader = createReader(source, diagnostics);
  const metadata = asRecord(await reader.readJson('App/config/applicationmetadata.json'));
  const structure = await describeApp(source, (path) => reader.readJson(path), metadata, diagnostics);
  return {
    format: structure?.format,
    layoutSets: structure?.layoutSets ?? [],
    globalPageSettings: structure?.globalPageSettings ?? {},
    diagnostics,
  };
}

function createReader(source: AppSource, diagnostics: Diagnostic[], schemas?: AltinnSchemaChecker) {
  // Shared files are read by several steps; parse (and report) each once.
  const cache = new Map<string, Promise<unknown>>();
  const reader = {
    format: 'v8' as AppStructure['format'],
    /** Per file, the components the limits left out (already reported). */
    leftOut: new Map<string, string[]>(),
    readJson: ((path, kind) => {
      const key = `${path}\n${kind ?? ''}`;
      let pending = cache.get(key);
      if (!pending) {
        pending = (async () => {
          const text = await source.read(path);
          if (text === undefined) return undefined;
          const parsed = await parseAppFile(text, path);
          if (!parsed.ok) {
            diagnostics.push(parsed.diagnostic);
            return undefined;
          }
          if (parsed.warning) diagnostics.push(parsed.warning);
          // Before any other walk: the schema check and everything after recurse into the value.
          const limited = limitFile(parsed.value, path, kind);
          diagnostics.push(...limited.diagnostics);
          if (limited.leftOut.length > 0) reader.leftOut.set(path, limited.leftOut);
          if (kind && schemas) {
            const found = checkWithFormat(schemas, kind, parsed.value, path, reader.format);
            // A part reference is replaced by the part's components, which are checked in their own file.
            const notChecked =
              kind === 'layout' ? [...limited.leftOut, ...partPointers(parsed.value)] : limited.leftOut;
            diagnostics.push(...found.filter((diagnostic) => !isInside(diagnostic, notChecked)));
          }
          return parsed.value;
        })();
        cache.set(key, pending);
      }
      return pending;
    }) as ReadJson,
  };
  return reader;
}

/** Where an app-wide page setting is written: v8 `uiSettings` in layout-sets.json, v9 `App/ui/Settings.json`. */
function globalSettingLocation(structure: AppStructure, key: string): SettingLocation {
  return structure.format === 'v9'
    ? { file: 'App/ui/Settings.json', pointer: `/${key}` }
    : { file: 'App/ui/layout-sets.json', pointer: `/uiSettings/${key}` };
}

function chooseLayoutSet(
  structure: AppStructure,
  wanted: string | undefined,
  diagnostics: Diagnostic[],
): LayoutSetDescriptor | undefined {
  const sets = structure.layoutSets;
  const entry = wanted === undefined ? sets[0] : sets.find((set) => set.id === wanted);
  if (!entry) {
    const file = structure.format === 'v8' ? 'App/ui/layout-sets.json' : 'App/ui';
    diagnostics.push({
      severity: 'error',
      code: 'layout-set',
      file,
      pointer: structure.format === 'v8' ? '/sets' : undefined,
      message: wanted
        ? `No layout set "${wanted}"; known: ${sets.map((set) => set.id).join(', ') || 'none'}.`
        : 'The app lists no layout set.',
    });
  }
  return entry;
}

function toLayoutFile(
  value: unknown,
  file: string,
  diagnostics: Diagnostic[],
  leftOut: readonly string[] = [],
): RawLayoutFile | undefined {
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
  const skipped = new Set(leftOut);
  const components = layout.filter((component, index): component is RawComponent => {
    if (skipped.has(`/data/layout/${index}`)) return false;
    // Kept for `expandComponentParts`, which replaces it by the part's components.
    if (isPartReference(component)) return true;
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

export function classRefOf(metadata: Record<string, unknown> | undefined, dataType: string): string | undefined {
  const dataTypes = Array.isArray(metadata?.dataTypes) ? (metadata.dataTypes as Record<string, unknown>[]) : [];
  const classRef = asRecord(dataTypes.find((type) => type?.id === dataType)?.appLogic)?.classRef;
  return typeof classRef === 'string' ? classRef : undefined;
}

export async function findModelSchemaFile(
  source: AppSource,
  dataType: string,
  metadata: Record<string, unknown> | undefined,
): Promise<string | undefined> {
  const files = (await source.list('App/models')).filter((name) => name.endsWith('.schema.json'));
  const classRef = classRefOf(metadata, dataType);
  const candidates = [dataType, classRef?.split('.').pop()].filter((name): name is string => !!name);
  for (const candidate of candidates) {
    const match = files.find((name) => name.toLowerCase() === `${candidate.toLowerCase()}.schema.json`);
    if (match) return `App/models/${match}`;
  }
  return undefined;
}

async function loadTexts(
  source: AppSource,
  readJson: ReadJson,
  diagnostics: Diagnostic[],
  root = '',
): Promise<Record<string, TextResource[]>> {
  const texts: Record<string, TextResource[]> = {};
  for (const name of await source.list(`${root}App/config/texts`)) {
    const language = /^resource\.([a-z]{2,3})\.json$/.exec(name)?.[1];
    if (!language) continue;
    const file = `${root}App/config/texts/${name}`;
    const content = asRecord(await readJson(file, 'textResources'));
    if (!Array.isArray(content?.resources)) continue;
    texts[language] = textEntries(content.resources, file, diagnostics);
    diagnostics.push(...textsOverLimit(content.resources, file));
    diagnostics.push(...textVariableProblems(content.resources, file));
  }
  return texts;
}

/** The entries of a text file that are texts at all (objects with a string id); the rest are reported and left out. */
function textEntries(resources: unknown[], file: string, diagnostics: Diagnostic[]): TextResource[] {
  return resources.filter((resource, index): resource is TextResource => {
    const ok =
      resource !== null &&
      typeof resource === 'object' &&
      !Array.isArray(resource) &&
      typeof (resource as { id?: unknown }).id === 'string';
    if (!ok) {
      diagnostics.push({
        severity: 'error',
        code: 'text-shape',
        file,
        pointer: `/resources/${index}`,
        message: 'A text needs to be an object with a string "id" and a "value"; it is left out.',
      });
    }
    return ok;
  });
}

async function loadOptions(
  source: AppSource,
  readJson: ReadJson,
  diagnostics: Diagnostic[],
  root = '',
): Promise<Record<string, AppOption[]>> {
  const options: Record<string, AppOption[]> = {};
  for (const name of (await source.list(`${root}App/options`)).filter((n) => n.endsWith('.json'))) {
    const file = `${root}App/options/${name}`;
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
    const over = optionsOverLimit(list, file, '');
    if (over) diagnostics.push(over);
    options[name.slice(0, -'.json'.length)] = list as AppOption[];
  }
  return options;
}

/**
 * A custom receipt without pages falls back to the platform's standard receipt, so only that case
 * is a warning; a data task without pages has no form to show.
 */
function noPagesDiagnostic(entry: LayoutSetDescriptor): Diagnostic {
  const receiptOnly = (entry.tasks ?? []).length > 0 && entry.tasks!.every((task) => task === 'CustomReceipt');
  return {
    severity: receiptOnly ? 'warning' : 'error',
    code: 'no-pages',
    file: `${entry.folder}/layouts`,
    message: receiptOnly
      ? `Layout set "${entry.id}" (the custom receipt) has no readable page files; the standard receipt is shown instead.`
      : `Layout set "${entry.id}" has no readable page files.`,
  };
}
