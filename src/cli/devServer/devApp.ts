import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { LayoutSetDescriptor } from '../../core/app/appFormat.ts';
import { listLayoutSets, loadLayoutSet } from '../../core/app/loadLayoutSet.ts';
import { reportingSource } from '../../core/app/reportingSource.ts';
import type { AppSource } from '../../core/app/source.ts';
import { checkTaskNavigationTasks, navigationSettingsOf } from '../../core/app/navigationSettings.ts';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { createDiagnosticList, type Diagnostic } from '../../core/diagnostics.ts';
import { fileSource } from '../../core/node/fileSource.ts';
import type { AltinnSchemaChecker } from '../../core/schemas/altinnSchemaChecker.ts';
import { loadAltinnSchemaChecker } from '../../core/node/altinnSchemas.ts';
import {
  parseProcess,
  startProcess,
  type ProcessDefinition,
  type TaskDefinition,
} from '../../preview/process/index.ts';

const PROCESS_FILE = 'App/config/process/process.bpmn';

/** Why a folder is not an app the dev server can show, with what was found there instead. */
export type AppFolderProblem =
  | { kind: 'missing'; appDir: string }
  /** Pointed at `App/` itself: `parent` is the folder to point at. */
  | { kind: 'is-app-folder'; appDir: string; parent: string }
  | { kind: 'no-app'; appDir: string; found: string[] }
  | { kind: 'no-layouts'; appDir: string; found: string[] };

/** One user task of the process, in process order, with the layout set that shows it. */
export interface DevTask {
  taskId: string;
  /** The BPMN task's name, when it has one. */
  name?: string;
  /** `altinn:taskType` (`data`, `confirmation`, `signing`…). */
  type: string;
  layoutSetId?: string;
}

/** What `npm run start:form` shows: the module `virtual:skjema-app`. */
export interface DevApp {
  /** The layout set the page opens on (where the process starts, or `SKJEMA_LAYOUT_SET`). */
  layoutSet: LoadedLayoutSet | null;
  /** The process's user tasks in order; empty without a process.bpmn. */
  tasks: DevTask[];
  /** The task the page opens on, when `layoutSet` shows a task of the process. */
  startTask?: string;
  /** Every task's layout set by id, so the page can move between tasks without a server. */
  taskLayoutSets: Record<string, LoadedLayoutSet>;
  subformLayoutSets: LoadedLayoutSet[];
  diagnostics: Diagnostic[];
  problem?: AppFolderProblem;
}

export interface DevAppOptions {
  /** Open this layout set instead of the one where the process starts. */
  layoutSetId?: string;
  schemas?: AltinnSchemaChecker;
  /** The Altinn JSON Schemas' folder: the app is checked against its own format's (v8 or v9). */
  schemaDir?: string;
}

/** Whether `appDir` looks like the folder holding an Altinn app's `App/`; what is wrong when not. */
export function inspectAppFolder(appDir: string): AppFolderProblem | undefined {
  const dir = resolve(appDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { kind: 'missing', appDir: dir };
  const entries = readdirSync(dir).sort();
  if (entries.includes('App') && statSync(join(dir, 'App')).isDirectory()) return undefined;
  // Pointed at App/ itself: it holds ui/ and config/, and its parent is the app.
  if (basename(dir) === 'App' && (entries.includes('ui') || entries.includes('config'))) {
    return { kind: 'is-app-folder', appDir: dir, parent: dirname(dir) };
  }
  return { kind: 'no-app', appDir: dir, found: entries.slice(0, 20) };
}

/** One line for the terminal: what was expected and what was found. */
export function describeProblem(problem: AppFolderProblem): string {
  const expected = 'SKJEMA_APP must point to the folder that holds App/ (with App/ui and App/config).';
  switch (problem.kind) {
    case 'missing':
      return `${problem.appDir} does not exist. ${expected}`;
    case 'is-app-folder':
      return `${problem.appDir} is the App folder itself. Point SKJEMA_APP at the folder above it: ${problem.parent}`;
    case 'no-app':
      return `${problem.appDir} has no App/ folder. ${expected} Found: ${problem.found.join(', ') || 'nothing (the folder is empty)'}.`;
    case 'no-layouts':
      return `${problem.appDir}/App/ui has neither layout-sets.json, UI folders with Settings.json, nor App/ui/layouts. Found in App/ui: ${problem.found.join(', ') || 'nothing'}.`;
  }
}

/**
 * Reads an app folder for the dev server: the layout set where the process starts (the first task
 * `process.bpmn` enters, not the first set in layout-sets.json), every task's set in process order,
 * the subform sets, and every problem, located; or why the folder is not an app at all.
 */
export async function loadDevApp(appDir: string, options: DevAppOptions = {}): Promise<DevApp> {
  const empty: DevApp = { layoutSet: null, tasks: [], taskLayoutSets: {}, subformLayoutSets: [], diagnostics: [] };
  const problem = inspectAppFolder(appDir);
  if (problem) return { ...empty, problem };
  const source = fileSource(resolve(appDir));
  const listing = await listLayoutSets(source);
  const sets = listing.layoutSets;
  const schemas =
    options.schemas ??
    (options.schemaDir ? await loadAltinnSchemaChecker(options.schemaDir, listing.format) : undefined);
  if (sets.length === 0) {
    // What is there is only told to help; a folder that cannot be listed just shows nothing.
    const listed = reportingSource(source, () => {});
    const found = await listed.list('App/ui');
    const folders = (await listed.listFolders('App/ui')).map((folder) => `${folder}/`);
    return {
      ...empty,
      diagnostics: listing.diagnostics,
      problem: { kind: 'no-layouts', appDir: resolve(appDir), found: [...folders, ...found] },
    };
  }

  const { diagnostics, report } = createDiagnosticList();
  report(listing.diagnostics);

  // The process and the metadata are read here as well as by the loader: a file that cannot be
  // read is a finding, not an exception that stops the dev server.
  const reading = reportingSource(source, (diagnostic) => report([diagnostic]));
  const process = await readProcess(reading, report);
  const tasks = process ? userTasksInOrder(process).map((task) => devTask(task, sets)) : [];
  const startTask = process ? firstTask(process, tasks) : undefined;
  // A stateless app starts on the set its metadata names; an app with a process where it starts.
  const startSet =
    options.layoutSetId ??
    (await statelessEntry(reading, sets)) ??
    tasks.find((task) => task.taskId === startTask)?.layoutSetId;
  const openable = sets.filter(
    (set) => set.type !== 'subform' && !(set.tasks?.length && set.tasks.every((task) => task === 'CustomReceipt')),
  );
  const chosen = startSet ?? openable[0]?.id;

  const load = async (id: string) => {
    const result = await loadLayoutSet(source, { layoutSetId: id, schemas });
    report(result.diagnostics);
    return result.layoutSet;
  };
  const layoutSet = (await load(chosen ?? sets[0].id)) ?? null;
  const taskLayoutSets: Record<string, LoadedLayoutSet> = {};
  if (layoutSet) taskLayoutSets[layoutSet.id] = layoutSet;
  for (const id of new Set(tasks.map((task) => task.layoutSetId))) {
    if (!id || id in taskLayoutSets) continue;
    const loaded = await load(id);
    if (loaded) taskLayoutSets[id] = loaded;
  }
  const subformLayoutSets: LoadedLayoutSet[] = [];
  for (const set of sets.filter((entry) => entry.type === 'subform')) {
    const loaded = await load(set.id);
    if (loaded) subformLayoutSets.push(loaded);
  }
  if (process) {
    const processTasks = new Set(process.tasks.map((task) => task.id));
    for (const set of Object.values(taskLayoutSets)) {
      if (!set.taskNavigationSource) continue;
      report(
        checkTaskNavigationTasks(navigationSettingsOf(set).taskNavigation, processTasks, set.taskNavigationSource),
      );
    }
  }
  const opened = layoutSet && tasks.find((task) => task.layoutSetId === layoutSet.id)?.taskId;
  return {
    layoutSet,
    tasks,
    ...(opened && { startTask: opened }),
    taskLayoutSets,
    subformLayoutSets,
    diagnostics,
  };
}

/** `onEntry.show` of the application metadata, when it names a layout set (a stateless start). */
async function statelessEntry(source: AppSource, sets: readonly LayoutSetDescriptor[]): Promise<string | undefined> {
  const text = await source.read('App/config/applicationmetadata.json');
  try {
    const show = (JSON.parse(text ?? '{}') as { onEntry?: { show?: unknown } }).onEntry?.show;
    return sets.find((set) => set.id === show)?.id;
  } catch {
    // Broken metadata is reported by the loader.
    return undefined;
  }
}

async function readProcess(
  source: AppSource,
  report: (found: readonly Diagnostic[]) => void,
): Promise<ProcessDefinition | undefined> {
  const xml = await source.read(PROCESS_FILE);
  if (xml === undefined) return undefined;
  const parsed = parseProcess(xml);
  // Only what stops the process matters here; the rest is skjema preview's and skjema check's to say.
  report(
    parsed.diagnostics
      .filter((diagnostic) => diagnostic.severity === 'error')
      .map((diagnostic) => ({
        severity: 'warning' as const,
        code: 'process',
        file: PROCESS_FILE,
        message: `${diagnostic.message}; the dev server cannot follow the process there.`,
      })),
  );
  return parsed.definition ?? undefined;
}

/**
 * The tasks a user works in, in the order the process reaches them from its start event (each
 * flow followed in turn, so a branch's tasks come before the next branch's); tasks no flow reaches
 * come last, in file order. Service tasks run without a user and are left out.
 */
export function userTasksInOrder(definition: ProcessDefinition): TaskDefinition[] {
  const order: TaskDefinition[] = [];
  const visited = new Set<string>();
  const visit = (id: string) => {
    if (visited.has(id)) return;
    visited.add(id);
    const element = definition.elements.get(id);
    if (!element) return;
    if (element.kind === 'task') order.push(element);
    if (element.kind === 'endEvent') return;
    for (const flowId of element.outgoing) {
      const flow = definition.flows.get(flowId);
      if (flow) visit(flow.targetRef);
    }
  };
  definition.startEvents.forEach(visit);
  for (const task of definition.tasks) if (!visited.has(task.id)) order.push(task);
  return order.filter((task) => task.elementType === 'Task' && !task.autoAdvance);
}

/** Where the process starts: the first task it enters, as the engine would on a new instance. */
function firstTask(definition: ProcessDefinition, tasks: readonly DevTask[]): string | undefined {
  try {
    const { entered } = startProcess(definition, { now: new Date(), performedBy: {} });
    // A service task first runs by itself; then the first user task in order is where the user starts.
    if (entered && tasks.some((task) => task.taskId === entered.id)) return entered.id;
  } catch {
    // A gateway that needs data, or no start event: the first task in order is the best guess.
  }
  return tasks[0]?.taskId;
}

function devTask(task: TaskDefinition, sets: readonly LayoutSetDescriptor[]): DevTask {
  const set = sets.find((entry) => entry.tasks?.includes(task.id)) ?? legacySet(sets, task);
  return {
    taskId: task.id,
    ...(task.name && { name: task.name }),
    type: task.taskType,
    ...(set && { layoutSetId: set.id }),
  };
}

/** An app with one bare `App/ui/layouts` shows it in every data task. */
function legacySet(sets: readonly LayoutSetDescriptor[], task: TaskDefinition): LayoutSetDescriptor | undefined {
  return task.taskType === 'data' ? sets.find((set) => set.folder === 'App/ui' && set.tasks === undefined) : undefined;
}
