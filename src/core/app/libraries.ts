import { joinPointer, type Diagnostic } from '../diagnostics.ts';
import { asRecord } from './appFormat.ts';
import { LIBRARIES_FILE } from './libraryReferences.ts';
import type { AppSource } from './source.ts';
import type { AppOption, RawComponent, TextResource } from './types.ts';

/**
 * Shared libraries of app parts (docs/libraries.md): an app names them in `LIBRARIES_FILE`, and
 * refers to their code lists, pages and components as `<library>:<name>`.
 */
export {
  LIBRARIES_FILE,
  isPartReference,
  partPointers,
  splitReference,
  type PartReference,
} from './libraryReferences.ts';

/**
 * Where a library's files appear in an app's source: `libraries/<name>/App/...`. The Node folder
 * source maps the prefix to the library's folder or package; a bundle or `objectSource` carries
 * the files under it, so the engine never resolves a path or a package itself.
 */
export function libraryPath(library: string, path: string): string {
  return `libraries/${library}/${path}`;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A library's name → where it comes from (a folder relative to the app folder, or an npm package name). */
export type LibraryDeclarations = Record<string, string>;

/**
 * The libraries the file declares, each checked: unknown keys, a bad name or an empty location
 * are located errors and the entry is left out.
 */
export function readLibraryDeclarations(value: unknown): { libraries: LibraryDeclarations; diagnostics: Diagnostic[] } {
  const libraries: LibraryDeclarations = {};
  const diagnostics: Diagnostic[] = [];
  if (value === undefined) return { libraries, diagnostics };
  const problem = (pointer: string, message: string) =>
    diagnostics.push({ severity: 'error', code: 'library', file: LIBRARIES_FILE, pointer, message });
  const root = asRecord(value);
  if (!root) {
    problem('', 'The libraries file must be an object: { "libraries": { "<name>": "<folder or package>" } }.');
    return { libraries, diagnostics };
  }
  for (const key of Object.keys(root)) {
    if (key !== 'libraries' && key !== '$schema')
      problem(joinPointer(key), `Unknown key "${key}"; only "libraries" is read.`);
  }
  const declared = asRecord(root.libraries);
  if (!declared) {
    problem('/libraries', '"libraries" must be an object of library name → folder or package.');
    return { libraries, diagnostics };
  }
  for (const [name, location] of Object.entries(declared)) {
    const pointer = joinPointer('libraries', name);
    if (!NAME.test(name)) {
      problem(pointer, `Library name "${name}" may hold only letters, digits, "-" and "_".`);
    } else if (typeof location !== 'string' || location.trim() === '') {
      problem(pointer, `Library "${name}" needs a folder path (relative to the app folder) or an npm package name.`);
    } else {
      libraries[name] = location;
    }
  }
  return { libraries, diagnostics };
}

/** The declared libraries whose files can be found; each one that cannot is a located error. */
export async function reachableLibraries(
  source: AppSource,
  declared: LibraryDeclarations,
  diagnostics: Diagnostic[],
): Promise<string[]> {
  const found: string[] = [];
  for (const [name, location] of Object.entries(declared)) {
    if ((await source.listFolders(libraryPath(name, 'App'))).length > 0) {
      found.push(name);
      if ((await source.read(libraryPath(name, LIBRARIES_FILE))) !== undefined) {
        diagnostics.push({
          severity: 'warning',
          code: 'library',
          file: libraryPath(name, LIBRARIES_FILE),
          message: `Library "${name}" declares libraries of its own; libraries do not nest, so they are not read.`,
        });
      }
    } else {
      diagnostics.push({
        severity: 'error',
        code: 'library',
        file: LIBRARIES_FILE,
        pointer: joinPointer('libraries', name),
        message: `Library "${name}" ("${location}") does not resolve to a folder with an App/ folder; its parts are left out.`,
      });
    }
  }
  return found;
}

/** The app's texts with each library's texts under them: an id the app has itself keeps the app's text. */
export function mergeLibraryTexts(
  own: Record<string, TextResource[]>,
  shared: readonly Record<string, TextResource[]>[],
): Record<string, TextResource[]> {
  const merged: Record<string, TextResource[]> = { ...own };
  for (const library of shared) {
    for (const [language, texts] of Object.entries(library)) {
      const current = merged[language] ?? [];
      const known = new Set(current.map((text) => text.id));
      merged[language] = [...current, ...texts.filter((text) => !known.has(text.id) && known.add(text.id))];
    }
  }
  return merged;
}

/** A library's code lists keyed as components name them: `<library>:<id>`. */
export function prefixOptions(library: string, options: Record<string, AppOption[]>): Record<string, AppOption[]> {
  return Object.fromEntries(Object.entries(options).map(([id, list]) => [`${library}:${id}`, list]));
}

/**
 * A component part's components with their ids (and the ids their `children` name) prefixed,
 * so one part can be used twice in a form.
 */
export function prefixComponents(components: readonly RawComponent[], prefix: string): RawComponent[] {
  if (!prefix) return components.map((component) => ({ ...component }));
  return components.map((component) => ({
    ...component,
    id: `${prefix}${component.id}`,
    ...(Array.isArray(component.children) && {
      children: component.children.map((child) => (typeof child === 'string' ? `${prefix}${child}` : child)),
    }),
  }));
}
