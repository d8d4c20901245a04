import { joinPointer, type Diagnostic } from '../diagnostics.ts';
import { isPartReference, libraryPath, prefixComponents, splitReference } from './libraries.ts';
import type { RawComponent, RawLayoutFile } from './types.ts';

/** What including library pages and components needs from the loader. */
export interface PartContext {
  /** The libraries that were declared and found. */
  readonly libraries: ReadonlySet<string>;
  /** Reads a page-format file (checked like any page, diagnostics name the library file). */
  readonly readLayout: (file: string) => Promise<RawLayoutFile | undefined>;
  /** The app format's defaults, applied once a page's parts are in. */
  readonly withDefaults: (layout: RawLayoutFile) => RawLayoutFile;
  /**
   * The page and part files as written (before their parts go in), for `missingLibraryOptions`
   * once the code lists are read, so each reference is located at its place in its own file.
   */
  readonly optionChecks: { layout: RawLayoutFile; file: string }[];
  readonly diagnostics: Diagnostic[];
}

/** Where a library keeps its shared pages and its component parts. */
export const sharedPageFile = (library: string, page: string) =>
  libraryPath(library, `App/ui/parts/pages/${page}.json`);
export const componentPartFile = (library: string, part: string) =>
  libraryPath(library, `App/ui/parts/components/${part}.json`);

/**
 * A page with each `{ "$part": "<library>:<part>", "idPrefix"? }` replaced by the part's
 * components. A part that cannot be found is a located error and is left out.
 */
export async function expandComponentParts(
  layout: RawLayoutFile,
  file: string,
  context: PartContext,
): Promise<RawLayoutFile> {
  context.optionChecks.push({ layout, file });
  const entries: unknown[] = layout.data.layout;
  if (!entries.some(isPartReference)) return layout;
  const expanded: RawComponent[] = [];
  for (const [index, entry] of entries.entries()) {
    if (!isPartReference(entry)) {
      expanded.push(entry as RawComponent);
      continue;
    }
    const pointer = joinPointer('data', 'layout', index, '$part');
    const reference = splitReference(entry.$part);
    const problem = (message: string) =>
      context.diagnostics.push({ severity: 'error', code: 'library-part', file, pointer, message });
    if (!reference) {
      problem(`"${entry.$part}" is not a part reference; write "<library>:<part>".`);
      continue;
    }
    if (!context.libraries.has(reference.library)) {
      problem(
        `No library "${reference.library}" (for part "${entry.$part}"); declare it in App/config/skjema-libraries.json.`,
      );
      continue;
    }
    const partFile = componentPartFile(reference.library, reference.name);
    const part = await context.readLayout(partFile);
    if (!part) {
      problem(`Library "${reference.library}" has no component part "${reference.name}" (${partFile}).`);
      continue;
    }
    const prefix = typeof entry.idPrefix === 'string' ? entry.idPrefix : '';
    const nested = part.data.layout.findIndex(isPartReference);
    if (nested >= 0) {
      context.diagnostics.push({
        severity: 'error',
        code: 'library-part',
        file: partFile,
        pointer: joinPointer('data', 'layout', nested, '$part'),
        message: 'Parts do not nest: a part reference inside a part is left out.',
      });
    }
    context.optionChecks.push({ layout: part, file: partFile });
    expanded.push(
      ...prefixComponents(
        part.data.layout.filter((component) => !isPartReference(component)),
        prefix,
      ),
    );
  }
  return { ...layout, data: { ...layout.data, layout: expanded } };
}

/**
 * Adds each page the order takes from a library (`"common:applicant"` in `pages.order`) to the
 * layouts under its own name (`applicant`), and returns the order with those names. A page the
 * app has itself under that name is a clash: the app's page is kept and the clash reported.
 * Returns the pointers it reported at, so the page order check does not report them again.
 */
export async function includeSharedPages(
  order: readonly unknown[],
  orderPointer: string,
  file: string,
  layouts: Record<string, RawLayoutFile>,
  layoutFiles: Record<string, string>,
  context: PartContext,
): Promise<{ order: unknown[]; reported: string[] }> {
  const reported: string[] = [];
  const result: unknown[] = [];
  for (const [index, entry] of order.entries()) {
    const reference = typeof entry === 'string' ? splitReference(entry) : undefined;
    if (!reference) {
      result.push(entry);
      continue;
    }
    const pointer = `${orderPointer}/${index}`;
    // A reference that does not resolve stays as written, which names no page, so the order leaves it out.
    const problem = (message: string) => {
      context.diagnostics.push({ severity: 'error', code: 'library-page', file, pointer, message });
      reported.push(pointer);
      result.push(entry);
    };
    if (!context.libraries.has(reference.library)) {
      problem(
        `No library "${reference.library}" (for page "${entry}"); declare it in App/config/skjema-libraries.json.`,
      );
      continue;
    }
    if (reference.name in layouts) {
      problem(
        layoutFiles[reference.name]?.startsWith('libraries/')
          ? `Page "${reference.name}" is taken from a library twice; the first is used.`
          : `Page "${entry}" is named "${reference.name}" in the form, like the app's own page ${layoutFiles[reference.name]}; the app's page is used.`,
      );
      continue;
    }
    const pageFile = sharedPageFile(reference.library, reference.name);
    const page = await context.readLayout(pageFile);
    if (!page) {
      problem(`Library "${reference.library}" has no page "${reference.name}" (${pageFile}).`);
      continue;
    }
    layouts[reference.name] = context.withDefaults(await expandComponentParts(page, pageFile, context));
    layoutFiles[reference.name] = pageFile;
    result.push(reference.name);
  }
  return { order: result, reported };
}

/** Each component whose `optionsId` names a library's code list that is not there, located at the reference. */
export function missingLibraryOptions(context: PartContext, options: Readonly<Record<string, unknown>>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { layout, file } of context.optionChecks) {
    layout.data.layout.forEach((component, index) => {
      const id = component.optionsId;
      if (typeof id !== 'string' || id in options) return;
      const reference = splitReference(id);
      if (!reference) return;
      diagnostics.push({
        severity: 'error',
        code: 'library-options',
        file,
        pointer: joinPointer('data', 'layout', index, 'optionsId'),
        componentId: component.id,
        message: context.libraries.has(reference.library)
          ? `Library "${reference.library}" has no code list "${reference.name}" (App/options/${reference.name}.json).`
          : `No library "${reference.library}" (for code list "${id}"); declare it in App/config/skjema-libraries.json.`,
      });
    });
  }
  return diagnostics;
}
