import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJsonFile } from '../app/json.ts';
import { listModelSchemas } from '../app/modelSchemas.ts';
import { libraryPath } from '../app/libraries.ts';
import { objectSource } from '../app/source.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { compileModelValidators } from './compileModelValidators.ts';
import { libraryFolders } from './libraryFolders.ts';

/** What the loader reads of a library (docs/libraries.md): its parts, texts and code lists. */
const LIBRARY_FILES: readonly { readonly folder: string; readonly deep: boolean; readonly match: RegExp }[] = [
  { folder: 'App/ui/parts', deep: true, match: /\.json$/i },
  { folder: 'App/config/texts', deep: false, match: /\.json$/i },
  { folder: 'App/options', deep: false, match: /\.json$/i },
];

/** One data model's validators as an ES module (default export: schema pointer → validate function). */
export interface BundledModel {
  readonly dataType: string;
  /** The app-relative schema file it was compiled from. */
  readonly file: string;
  readonly code: string;
}

/** An app folder read for a page's build: what `skjema bundle` writes and `?skjema` imports. */
export interface AppBundle {
  /** App-relative path → file text: the files the form's loader reads, for `objectSource`. */
  readonly files: Readonly<Record<string, string>>;
  /** Each data model's validators, compiled ahead of time. */
  readonly models: readonly BundledModel[];
  /** Where each library file of `files` is on disk (libraries live outside the app folder), for watching it. */
  readonly libraryFiles: Readonly<Record<string, string>>;
  /** Problems found; any error means the bundle must not be used (a build stops). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The files of an app folder the form's loader reads (`loadApp`, `loadLayoutSet` through
 * `objectSource`): the UI folders, the data models, application metadata, the texts and the
 * static code lists, and the project file it tells v8 from v9 apps by. Everything else
 * (process.bpmn, policy.xml, C# code, .xsd) is the backend's, so a page never carries it.
 */
const APP_FILES: readonly { readonly folder: string; readonly deep: boolean; readonly match: RegExp }[] = [
  { folder: 'App', deep: false, match: /^App\.csproj$/ },
  { folder: 'App/ui', deep: true, match: /\.json$/i },
  { folder: 'App/models', deep: false, match: /\.json$/i },
  { folder: 'App/config', deep: false, match: /^(applicationmetadata|skjema-libraries)\.json$/ },
  { folder: 'App/config/texts', deep: false, match: /\.json$/i },
  { folder: 'App/options', deep: false, match: /\.json$/i },
];

/**
 * Reads an app folder into the object a page builds in (`{ path: text }`), checks that each JSON
 * file parses and that each data model has a schema that compiles, and compiles the validators.
 * Files keep their text as written, so the loader's diagnostics still name lines.
 */
export async function bundleApp(appDir: string): Promise<AppBundle> {
  const files: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const libraryFiles: Record<string, string> = {};
  const include = async (folder: string, rules: typeof APP_FILES, prefix: string) => {
    for (const rule of rules) {
      for (const path of await listFiles(folder, rule.folder, rule.deep)) {
        if (!rule.match.test(path.slice(path.lastIndexOf('/') + 1))) continue;
        const text = await readFile(join(folder, path), 'utf8');
        const key = `${prefix}${path}`;
        files[key] = text;
        if (prefix) libraryFiles[key] = join(folder, path);
        if (!path.endsWith('.json')) continue;
        const parsed = parseJsonFile(text, key);
        if (!parsed.ok) diagnostics.push(parsed.diagnostic);
        else if (parsed.warning) diagnostics.push(parsed.warning);
      }
    }
  };
  await include(appDir, APP_FILES, '');
  // The libraries travel with the page under the prefix the loader reads them by.
  for (const [name, folder] of await libraryFolders(appDir))
    await include(folder, LIBRARY_FILES, libraryPath(name, ''));
  if (!Object.keys(files).some((path) => path.startsWith('App/ui/'))) {
    diagnostics.push({ severity: 'error', code: 'layout-set', file: 'App/ui', message: 'No layout files in App/ui.' });
  }
  const models: BundledModel[] = [];
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error'))
    return { files, models, libraryFiles, diagnostics };

  const listed = await listModelSchemas(objectSource(files));
  for (const diagnostic of listed.diagnostics) {
    // A page built without a data type's schema would let its data through unchecked: that is
    // a mistake in the app to fix before it ships, not a warning to scroll past.
    const missingSchema = diagnostic.code === 'data-model' && diagnostic.file === 'App/models';
    diagnostics.push(missingSchema ? { ...diagnostic, severity: 'error' } : diagnostic);
  }
  for (const model of listed.models) {
    try {
      models.push({
        dataType: model.dataType,
        file: model.file,
        code: compileModelValidators(model.dataType, model.schema),
      });
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        code: 'data-model-compile',
        file: model.file,
        pointer: '',
        message: `The schema of data type "${model.dataType}" cannot be compiled to a validator: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { files, models, libraryFiles, diagnostics };
}

/** App-relative paths of the files in `folder` (and below it when `deep`); none when it is missing. */
async function listFiles(appDir: string, folder: string, deep: boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(appDir, folder), { withFileTypes: true });
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const paths: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = `${folder}/${entry.name}`;
    if (entry.isFile()) paths.push(path);
    else if (deep && entry.isDirectory()) paths.push(...(await listFiles(appDir, path, true)));
  }
  return paths;
}
