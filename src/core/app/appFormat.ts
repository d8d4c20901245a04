import type { Diagnostic } from '../diagnostics.ts';
import { findSettingsFile } from './settingsFile.ts';
import type { AppSource } from './source.ts';

/** `v8`: layout sets in `App/ui/layout-sets.json` (or the legacy single `App/ui/layouts`); `v9`: one UI folder per task. */
export type AppFormat = 'v8' | 'v9';

export interface LayoutSetDescriptor {
  id: string;
  /** App-relative folder holding `Settings.json` and `layouts/`. */
  folder: string;
  /** Default data type: the v8 set's `dataType`, or the v9 folder Settings' `defaultDataType`. */
  dataType?: string;
  tasks?: string[];
  /** `subform` for subform layout sets. */
  type?: string;
}

export interface AppStructure {
  format: AppFormat;
  layoutSets: LayoutSetDescriptor[];
  /** Page settings shared by every layout set (v8 `uiSettings`, v9 `App/ui/Settings.json`). */
  globalPageSettings: Record<string, unknown>;
}

export type ReadJson = (path: string) => Promise<unknown>;

const UI = 'App/ui';

/**
 * Works out which app format a folder is in and what layout sets it has, following the order the
 * v9 specification gives: layout-sets.json means v8; a v9 App.csproj or UI folders whose
 * Settings.json names a `defaultDataType` mean v9; a bare `App/ui/layouts` is the legacy v8 app.
 */
export async function describeApp(
  source: AppSource,
  readJson: ReadJson,
  metadata: Record<string, unknown> | undefined,
  diagnostics: Diagnostic[],
): Promise<AppStructure | undefined> {
  const layoutSets = asRecord(await readJson(`${UI}/layout-sets.json`));
  if (layoutSets) {
    const sets = Array.isArray(layoutSets.sets) ? (layoutSets.sets as Record<string, unknown>[]) : [];
    return {
      format: 'v8',
      globalPageSettings: asRecord(layoutSets.uiSettings) ?? {},
      layoutSets: sets
        .filter((set) => typeof set?.id === 'string')
        .map((set) => ({
          id: set.id as string,
          folder: `${UI}/${set.id as string}`,
          dataType: typeof set.dataType === 'string' ? set.dataType : undefined,
          tasks: Array.isArray(set.tasks) ? (set.tasks as string[]) : undefined,
          type: typeof set.type === 'string' ? set.type : undefined,
        })),
    };
  }

  const folders: LayoutSetDescriptor[] = [];
  const settingsFiles = new Map<string, string>();
  for (const folder of await source.listFolders(UI)) {
    const found = await findSettingsFile(source, `${UI}/${folder}`);
    if (!found) continue;
    settingsFiles.set(`${UI}/${folder}`, found.path);
    const settings = asRecord(await readJson(found.path));
    const dataType = typeof settings?.defaultDataType === 'string' ? settings.defaultDataType : undefined;
    folders.push({
      id: folder,
      folder: `${UI}/${folder}`,
      dataType,
      tasks: [folder],
      type: typeof settings?.type === 'string' ? settings.type : undefined,
    });
  }
  const csproj = await source.read('App/App.csproj');
  const v9Package = csproj !== undefined && /Altinn\.App\.(Core|Api)"\s+Version="9\./.test(csproj);
  if (folders.length > 0 && (v9Package || folders.some((folder) => folder.dataType !== undefined))) {
    const fallbackType = firstModelDataType(metadata);
    for (const folder of folders) {
      if (folder.dataType) continue;
      diagnostics.push({
        severity: 'warning',
        code: 'layout-set',
        file: settingsFiles.get(folder.folder),
        pointer: '',
        message: `v9 UI folder without "defaultDataType"; using "${fallbackType ?? 'model'}", the first data type with a model.`,
      });
      folder.dataType = fallbackType;
    }
    const global = await findSettingsFile(source, UI);
    if (global?.warning) diagnostics.push(global.warning);
    return {
      format: 'v9',
      globalPageSettings: (global && asRecord(await readJson(global.path))) ?? {},
      layoutSets: folders,
    };
  }

  if ((await source.list(`${UI}/layouts`)).length > 0) {
    return {
      format: 'v8',
      globalPageSettings: {},
      layoutSets: [{ id: 'default', folder: UI, dataType: firstModelDataType(metadata) }],
    };
  }
  diagnostics.push({
    severity: 'error',
    code: 'layout-set',
    file: `${UI}/layout-sets.json`,
    message: 'No layout sets: neither App/ui/layout-sets.json, nor UI folders with Settings.json, nor App/ui/layouts.',
  });
  return undefined;
}

/** The first data type the app has a model class for: the default model of a set that names none. */
export function firstModelDataType(metadata: Record<string, unknown> | undefined): string | undefined {
  const dataTypes = Array.isArray(metadata?.dataTypes) ? (metadata.dataTypes as Record<string, unknown>[]) : [];
  const withModel = dataTypes.find((type) => asRecord(type?.appLogic)?.classRef !== undefined);
  return typeof withModel?.id === 'string' ? withModel.id : undefined;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
