import type { PageGroup } from '../app/navigationSettings.ts';

/** What the navigation marks a page or group with: done, or needing the user's attention. */
export type NavigationMark = 'completed' | 'error';

export interface NavigationPageEntry {
  readonly page: string;
  readonly current: boolean;
  readonly mark?: NavigationMark;
}

export interface NavigationGroupEntry {
  readonly id: string;
  /** Text key of the group's name; undefined for a one-page group, which is shown as its page. */
  readonly name?: string;
  readonly type: 'default' | 'info';
  /** 1-based among the shown groups that are not `info` (the number in the group's symbol). */
  readonly number?: number;
  readonly pages: readonly NavigationPageEntry[];
  /** The current page is in this group. */
  readonly current: boolean;
  readonly expandedByDefault: boolean;
  readonly mark?: NavigationMark;
}

export interface PageNavigationModel {
  /** The groups with at least one visible page, in order. */
  readonly groups: readonly NavigationGroupEntry[];
  /** Where the current page is among the visible pages (1-based); undefined when none is shown. */
  readonly page?: { readonly number: number; readonly total: number };
}

export interface PageNavigationInput {
  /** Settings' page groups; without them every page is a group of its own. */
  readonly groups?: readonly PageGroup[];
  /** The pages the user can visit now, in order (hidden pages already left out). */
  readonly pages: readonly string[];
  readonly current?: string;
  /** Pages the user has been on. */
  readonly visited: ReadonlySet<string>;
  /** Pages with an error, shown or not: such a page is not completed. */
  readonly pagesWithErrors: ReadonlySet<string>;
  /** Pages with an error the user has been shown: the navigation points them out. */
  readonly pagesWithShownErrors: ReadonlySet<string>;
}

/**
 * The navigation as the user sees it: page groups holding the visible pages, the current ones, and
 * marks. A page is marked completed, when its group asks for it (`markWhenCompleted`), once the user
 * has been on it and it has no errors; a group once all its visible pages are. Errors the user has
 * been shown mark their page and group whatever the group asks.
 */
export function pageNavigationModel(input: PageNavigationInput): PageNavigationModel {
  const { pages, current, visited, pagesWithErrors, pagesWithShownErrors } = input;
  const visible = new Set(pages);
  const groups =
    input.groups ??
    pages.map((page): PageGroup => ({
      id: `page-${page}`,
      type: 'default',
      markWhenCompleted: false,
      expandedByDefault: false,
      order: [page],
    }));
  const entries: NavigationGroupEntry[] = [];
  let number = 0;
  for (const group of groups) {
    const groupPages = group.order
      .filter((page) => visible.has(page))
      .map((page): NavigationPageEntry => {
        const mark: NavigationMark | undefined = pagesWithShownErrors.has(page)
          ? 'error'
          : group.markWhenCompleted && visited.has(page) && !pagesWithErrors.has(page)
            ? 'completed'
            : undefined;
        return { page, current: page === current, ...(mark && { mark }) };
      });
    if (groupPages.length === 0) continue;
    const mark: NavigationMark | undefined = groupPages.some((page) => page.mark === 'error')
      ? 'error'
      : group.markWhenCompleted && groupPages.every((page) => page.mark === 'completed')
        ? 'completed'
        : undefined;
    entries.push({
      id: group.id,
      // A group of several pages keeps its name even when all but one are hidden.
      ...(group.order.length > 1 && group.name !== undefined && { name: group.name }),
      type: group.type,
      ...(group.type !== 'info' && { number: ++number }),
      pages: groupPages,
      current: groupPages.some((page) => page.current),
      expandedByDefault: group.expandedByDefault,
      ...(mark && { mark }),
    });
  }
  const index = current === undefined ? -1 : pages.indexOf(current);
  return { groups: entries, ...(index >= 0 && { page: { number: index + 1, total: pages.length } }) };
}
