import type { LayoutSetDescriptor } from '../../core/app/appFormat.ts';
import { checkTaskNavigationTasks, navigationSettingsOf } from '../../core/app/navigationSettings.ts';
import type { AppSource } from '../../core/app/source.ts';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';

const UI = 'App/ui';
const PROCESS_FILE = 'App/config/process/process.bpmn';
// Tasks the platform knows without a BPMN element of that id.
const PLATFORM_TASKS = new Set(['CustomReceipt']);

/**
 * Layout sets no user can reach: a set whose tasks are not in the process, a set without tasks
 * that no Subform, stateless entry or Summary2 `taskId` names, and (v8) a UI folder that
 * layout-sets.json leaves out; and `taskNavigation` entries for tasks the process does not have. All
 * are warnings: the rest of the app works, the set (or the step) is just dead.
 */
export async function lintReachability(
  source: AppSource,
  format: 'v8' | 'v9' | undefined,
  layoutSets: readonly LayoutSetDescriptor[],
  loaded: readonly LoadedLayoutSet[],
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const processTasks = taskIds(await source.read(PROCESS_FILE));
  const { sets: named, tasks: summarisedTasks } = namedSets(loaded);
  layoutSets.forEach((set, index) => {
    // The one layout of an app without layout sets (`App/ui/layouts`) is what every data task shows.
    if (set.folder === UI) return;
    const tasks = set.tasks ?? [];
    const where =
      format === 'v9'
        ? { file: `${set.folder}/Settings.json` }
        : { file: `${UI}/layout-sets.json`, pointer: `/sets/${index}` };
    if (named.has(set.id) || tasks.some((task) => summarisedTasks.has(task))) return;
    if (tasks.length === 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'unreachable-set',
        ...where,
        message: `Layout set "${set.id}" has no task, and no Subform, stateless entry (onEntry.show) or Summary2 taskId names it, so it is never shown.`,
      });
      return;
    }
    if (!processTasks) return;
    const known = tasks.filter((task) => processTasks.has(task) || PLATFORM_TASKS.has(task));
    if (known.length > 0) return;
    diagnostics.push({
      severity: 'warning',
      code: 'unreachable-set',
      ...where,
      message: `Layout set "${set.id}" is for ${tasks.map((task) => `"${task}"`).join(', ')}, which ${tasks.length === 1 ? 'is' : 'are'} not in ${PROCESS_FILE}, so it is never shown.`,
    });
  });
  if (format === 'v8') diagnostics.push(...(await unlistedFolders(source, layoutSets)));
  if (processTasks) {
    // Sets sharing the app-wide taskNavigation report the same entries; the caller keeps one of each.
    for (const set of loaded) {
      if (!set.taskNavigationSource) continue;
      const entries = navigationSettingsOf(set).taskNavigation;
      diagnostics.push(...checkTaskNavigationTasks(entries, processTasks, set.taskNavigationSource));
    }
  }
  return diagnostics;
}

/**
 * Ids of the BPMN tasks (`<bpmn:task id="…">`, `serviceTask`, `userTask`…, any prefix); undefined
 * when the app has no process file.
 */
function taskIds(bpmn: string | undefined): Set<string> | undefined {
  if (bpmn === undefined) return undefined;
  return new Set([...bpmn.matchAll(/<(?:[\w-]+:)?(?:\w*Task|task)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]));
}

/** Sets reached otherwise than by their own task, and tasks other sets summarise. */
function namedSets(loaded: readonly LoadedLayoutSet[]): { sets: Set<string>; tasks: Set<string> } {
  const named = new Set<string>();
  const tasks = new Set<string>();
  // Every loaded set carries the app's metadata; its stateless entry names a set to show first.
  const show = (loaded[0]?.applicationMetadata?.onEntry as { show?: unknown } | undefined)?.show;
  if (typeof show === 'string') named.add(show);
  for (const set of loaded) {
    for (const layout of Object.values(set.layouts)) {
      for (const component of layout.data.layout) {
        if (component.type === 'Subform' && typeof component.layoutSet === 'string') named.add(component.layoutSet);
        const taskId = (component.target as { taskId?: unknown } | undefined)?.taskId;
        if (component.type === 'Summary2' && typeof taskId === 'string') tasks.add(taskId);
      }
    }
  }
  return { sets: named, tasks };
}

async function unlistedFolders(source: AppSource, layoutSets: readonly LayoutSetDescriptor[]): Promise<Diagnostic[]> {
  const listed = new Set(layoutSets.map((set) => set.folder));
  const diagnostics: Diagnostic[] = [];
  for (const folder of await source.listFolders(UI)) {
    const path = `${UI}/${folder}`;
    if (listed.has(path) || folder === 'layouts') continue;
    const hasLayouts = (await source.list(`${path}/layouts`)).some((name) => name.endsWith('.json'));
    if (!hasLayouts) continue;
    diagnostics.push({
      severity: 'warning',
      code: 'unreachable-set',
      file: `${path}/layouts`,
      message: `The UI folder "${folder}" is not in App/ui/layout-sets.json, so its pages are never shown.`,
    });
  }
  return diagnostics;
}
