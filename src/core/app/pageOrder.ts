import type { Diagnostic } from '../diagnostics.ts';
import { readPageGroups } from './navigationSettings.ts';

/**
 * The page order of a layout set from its Settings.json: `pages.order`, or the concatenated
 * orders of `pages.groups`. Exactly one of the two must be present; when neither is usable the
 * pages are taken alphabetically so that the form still opens, and the problem is reported.
 */
export function resolvePageOrder(
  settings: unknown,
  pages: readonly string[],
  file: string,
): {
  order: string[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const pagesSettings = (settings as { pages?: { order?: unknown; groups?: unknown } } | undefined)?.pages;
  let order: string[] | undefined;
  if (pagesSettings?.order !== undefined && pagesSettings.groups !== undefined) {
    diagnostics.push(problem(file, '/pages', 'Settings has both "order" and "groups"; using "order".'));
  }
  if (Array.isArray(pagesSettings?.order)) {
    order = pagesSettings.order.filter((page): page is string => typeof page === 'string');
  } else if (pagesSettings?.groups !== undefined) {
    // The groups' own checks locate a bad page at its place in its group.
    const groups = readPageGroups(pagesSettings.groups, pages, file);
    diagnostics.push(...groups.diagnostics);
    if (groups.groups) return { order: groups.groups.flatMap((group) => group.order), diagnostics };
  }
  if (!order) {
    diagnostics.push(
      problem(file, '/pages', 'No page order (pages.order or pages.groups); pages are shown in alphabetical order.'),
    );
    return { order: [...pages].sort(), diagnostics };
  }
  const known = new Set(pages);
  order.forEach((page, index) => {
    if (!known.has(page)) {
      diagnostics.push(
        problem(file, `/pages/order/${index}`, `Page "${page}" is in the order but has no layout file.`),
      );
    }
  });
  return { order: order.filter((page) => known.has(page)), diagnostics };
}

function problem(file: string, pointer: string, message: string): Diagnostic {
  return { severity: 'error', code: 'page-order', file, pointer, message };
}
