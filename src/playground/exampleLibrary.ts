import { LIBRARIES_FILE, libraryPath } from '../core/app/libraries.ts';
import type { AppFiles } from './playgroundApp.ts';

/** The name the playground gives the example library (examples/agency-parts) in an app. */
export const EXAMPLE_LIBRARY = 'common';
const LIBRARY_ROOT = '../../examples/agency-parts/';
const libraryFiles = import.meta.glob('../../examples/agency-parts/App/**/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;
const PART_FOLDER = 'App/ui/parts/components/';

/** The component parts of the example library, as references (`common:contact-block`). */
export const EXAMPLE_PARTS: readonly string[] = Object.keys(libraryFiles)
  .map((path) => path.slice(LIBRARY_ROOT.length))
  .filter((path) => path.startsWith(PART_FOLDER))
  .map((path) => `${EXAMPLE_LIBRARY}:${path.slice(PART_FOLDER.length, -'.json'.length)}`)
  .sort();

/**
 * The app's files with a reference to an example library part at the end of a page: the library's
 * files come along under `libraries/common/` (as `objectSource` reads them) and the app declares
 * that folder, so the form shows the part at once and the downloaded app checks as it is.
 * Undefined when the page file is not a layout.
 */
export function withLibraryPart(files: AppFiles, pageFile: string, reference: string): AppFiles | undefined {
  const layout = parse(files[pageFile]) as { data?: { layout?: unknown[] } } | undefined;
  if (!layout?.data || !Array.isArray(layout.data.layout)) return undefined;
  const partName = reference.slice(reference.indexOf(':') + 1);
  const used = layout.data.layout.filter((entry) => (entry as { $part?: unknown })?.$part === reference).length;
  // A prefix of its own each time, so using a part twice keeps the ids unique.
  layout.data.layout.push({ $part: reference, idPrefix: `${partName}-${used + 1}-` });
  const declared = (parse(files[LIBRARIES_FILE]) as { libraries?: Record<string, string> } | undefined) ?? {};
  const next: AppFiles = {
    ...files,
    [pageFile]: `${JSON.stringify(layout, null, 2)}\n`,
    [LIBRARIES_FILE]: `${JSON.stringify(
      { ...declared, libraries: { ...declared.libraries, [EXAMPLE_LIBRARY]: `./${libraryPath(EXAMPLE_LIBRARY, '')}` } },
      null,
      2,
    )}\n`,
  };
  for (const [path, text] of Object.entries(libraryFiles)) {
    next[libraryPath(EXAMPLE_LIBRARY, path.slice(LIBRARY_ROOT.length))] ??= text;
  }
  return next;
}

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
