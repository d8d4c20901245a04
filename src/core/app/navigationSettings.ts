import { joinPointer, type Diagnostic } from '../diagnostics.ts';
import { asRecord } from './appFormat.ts';
import type { LoadedLayoutSet } from './types.ts';

/**
 * One group of pages in the navigation (Settings.json `pages.groups`). A group of several pages
 * has a name and folds into its pages; a one-page group is shown as that page.
 */
export interface PageGroup {
  /** Settings give groups no id; this one (`group-<index>`) keys them in the UI. */
  readonly id: string;
  /** Text resource key of the group's name; only groups of several pages have one. */
  readonly name?: string;
  /** `info`: pages that only inform (an introduction); not numbered. */
  readonly type: 'default' | 'info';
  /** Mark the group (and its pages) completed once visited and free of errors. */
  readonly markWhenCompleted: boolean;
  /** Show the group's pages even when it is not the current group. */
  readonly expandedByDefault: boolean;
  /** The pages in order, only those that have a layout file. */
  readonly order: readonly string[];
}

/** One entry of `taskNavigation`: a process task, or the receipt at the end. */
export type TaskNavigationEntry =
  | { readonly kind: 'task'; readonly taskId: string; readonly name?: string }
  | { readonly kind: 'receipt'; readonly name?: string };

/** Where a setting was read from: folder Settings.json, v8 `uiSettings` or the v9 global Settings.json. */
export interface SettingLocation {
  readonly file: string;
  readonly pointer: string;
}

export interface NavigationSettings {
  /** Undefined when the layout set uses `pages.order` (no groups to show). */
  readonly groups?: readonly PageGroup[];
  readonly taskNavigation: readonly TaskNavigationEntry[];
}

/**
 * The page groups of Settings.json `pages.groups`, keeping only pages that have a layout file.
 * Every problem is a located diagnostic; a group that cannot be used is left out, the rest is shown.
 */
export function readPageGroups(
  groupsSetting: unknown,
  knownPages: readonly string[] | undefined,
  file: string,
): { groups?: PageGroup[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (groupsSetting === undefined) return { diagnostics };
  if (!Array.isArray(groupsSetting)) {
    diagnostics.push(problem('error', file, '/pages/groups', '"pages.groups" must be a list of page groups.'));
    return { diagnostics };
  }
  const known = knownPages ? new Set(knownPages) : undefined;
  const seen = new Map<string, string>();
  const groups: PageGroup[] = [];
  groupsSetting.forEach((raw, index) => {
    const at = joinPointer('pages', 'groups', index);
    const group = asRecord(raw);
    if (!group || !Array.isArray(group.order)) {
      diagnostics.push(problem('error', file, at, 'A page group needs "order", a list of page names; it is left out.'));
      return;
    }
    const order: string[] = [];
    group.order.forEach((page, pageIndex) => {
      const pointer = `${at}/order/${pageIndex}`;
      if (typeof page !== 'string') {
        diagnostics.push(problem('error', file, pointer, 'A page name must be a string; it is left out.'));
      } else if (known && !known.has(page)) {
        diagnostics.push(problem('error', file, pointer, `Page "${page}" is in the group but has no layout file.`));
      } else if (seen.has(page)) {
        diagnostics.push(
          problem('warning', file, pointer, `Page "${page}" is already in ${seen.get(page)}; it is shown there only.`),
        );
      } else {
        seen.set(page, `group ${index}`);
        order.push(page);
      }
    });
    const name = typeof group.name === 'string' && group.name !== '' ? group.name : undefined;
    if (group.order.length > 1 && !name) {
      diagnostics.push(
        problem('warning', file, at, 'A group of several pages needs a "name" (a text key) to be shown by.'),
      );
    }
    if (group.type !== undefined && group.type !== 'default' && group.type !== 'info') {
      diagnostics.push(
        problem('warning', file, `${at}/type`, `Unknown group type ${JSON.stringify(group.type)}; "default" is used.`),
      );
    }
    if (order.length === 0) return;
    groups.push({
      id: `group-${index}`,
      ...(name !== undefined && { name }),
      type: group.type === 'info' ? 'info' : 'default',
      markWhenCompleted: group.markWhenCompleted === true,
      expandedByDefault: group.expandedByDefault === true,
      order,
    });
  });
  return { groups, diagnostics };
}

/**
 * `taskNavigation` entries: `{ taskId, name? }` or `{ type: "receipt", name? }`. Anything else is
 * reported where it was written and left out.
 */
export function readTaskNavigation(
  setting: unknown,
  location: SettingLocation | undefined,
): { entries: TaskNavigationEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entries: TaskNavigationEntry[] = [];
  if (setting === undefined) return { entries, diagnostics };
  const report = (pointer: string, message: string) => {
    if (location) diagnostics.push(problem('warning', location.file, pointer, message, 'task-navigation'));
  };
  if (!Array.isArray(setting)) {
    report(location?.pointer ?? '', '"taskNavigation" must be a list of tasks; it is ignored.');
    return { entries, diagnostics };
  }
  setting.forEach((raw, index) => {
    const entry = asRecord(raw);
    const pointer = `${location?.pointer ?? ''}/${index}`;
    const name = typeof entry?.name === 'string' && entry.name !== '' ? entry.name : undefined;
    if (typeof entry?.taskId === 'string' && entry.taskId !== '') {
      entries.push({ kind: 'task', taskId: entry.taskId, ...(name !== undefined && { name }) });
    } else if (entry?.type === 'receipt') {
      entries.push({ kind: 'receipt', ...(name !== undefined && { name }) });
    } else {
      report(pointer, 'A taskNavigation entry needs a "taskId", or "type": "receipt"; it is left out.');
    }
  });
  return { entries, diagnostics };
}

/**
 * Task ids of `taskNavigation` that the process does not have: the entry would never be reached.
 * `processTasks` are the ids of process.bpmn's tasks.
 */
export function checkTaskNavigationTasks(
  entries: readonly TaskNavigationEntry[],
  processTasks: ReadonlySet<string>,
  location: SettingLocation,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  entries.forEach((entry, index) => {
    if (entry.kind !== 'task' || processTasks.has(entry.taskId)) return;
    diagnostics.push(
      problem(
        'warning',
        location.file,
        `${location.pointer}/${index}/taskId`,
        `Task "${entry.taskId}" is not in process.bpmn (tasks: ${[...processTasks].join(', ') || 'none'}); the entry can never be current.`,
        'task-navigation',
      ),
    );
  });
  return diagnostics;
}

const cache = new WeakMap<LoadedLayoutSet, NavigationSettings>();

/**
 * The navigation a layout set asks for, read from its (merged) settings. Problems were reported
 * when the set was loaded; here a bad entry is just left out.
 */
export function navigationSettingsOf(layoutSet: LoadedLayoutSet): NavigationSettings {
  let settings = cache.get(layoutSet);
  if (!settings) {
    const pages = asRecord(layoutSet.settings.pages) ?? {};
    const hasOrder = Array.isArray(pages.order);
    const { groups } = hasOrder ? {} : readPageGroups(pages.groups, Object.keys(layoutSet.layouts), '');
    settings = { groups, taskNavigation: readTaskNavigation(pages.taskNavigation, undefined).entries };
    cache.set(layoutSet, settings);
  }
  return settings;
}

function problem(
  severity: Diagnostic['severity'],
  file: string,
  pointer: string,
  message: string,
  code = 'page-order',
): Diagnostic {
  return { severity, code, file, pointer, message };
}
