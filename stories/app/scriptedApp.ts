import type { LoadedLayoutSet } from '../../src/core/app/types.ts';
import type { SavedModel } from '../../src/core/save/index.ts';
import type {
  AppBootstrap,
  ConnectedApp,
  ConnectedEventName,
  ConnectedEvents,
  ConnectedInstance,
  DataModelElement,
  EntryDecision,
  FormModelPort,
  ProcessNextResult,
  SaveStatus,
} from '../../src/connected/index.ts';
import type {
  AppProcessState,
  AppProcessTaskTypeInfo,
  DataElement,
  Instance,
  Party,
  ValidationIssueWithSource,
} from '../../src/wire/index.ts';

/** A task of the scripted process, in order. */
export interface ScriptedTask {
  id: string;
  type: 'data' | 'confirmation' | 'feedback' | 'signing' | 'payment' | 'service';
  /** The layout set that renders it (data tasks, or tasks with pages of their own). */
  layoutSetId?: string;
  write?: boolean;
  /** Authorised user actions; default: those of the task type. */
  actions?: Record<string, boolean>;
}

export interface ScriptOptions {
  entry?: EntryDecision;
  layoutSets?: LoadedLayoutSet[];
  tasks?: ScriptedTask[];
  /** Starting model per data type. */
  models?: Record<string, Record<string, unknown>>;
  /** Extra (attachment) data elements of the instance. */
  files?: DataElement[];
  /** What `processNext` answers, in turn; when empty the process moves to the next task. */
  processAnswers?: ProcessNextResult[];
  /** The task new instances start on (index into `tasks`); default the first. */
  startAt?: number;
  /** What `load()` rejects with instead of answering. */
  loadFailure?: unknown;
  texts?: { language: string; resources: { id: string; value: string }[] };
  /** layout-sets.json `uiSettings` (the app-wide page settings, `taskNavigation`). */
  uiSettings?: Record<string, unknown>;
}

export const ola: Party = { partyId: 501, partyTypeName: 1, name: 'Ola Nordmann', ssn: '01017012345' };

/**
 * A connected app and instance driven by a script instead of a backend: it records every call
 * (parties chosen, instances opened and created, saves, process moves), so tests assert what the
 * UI asked for, and lets the test push save statuses and events as the real layer would.
 */
export function scriptedApp(options: ScriptOptions = {}) {
  const tasks = options.tasks ?? [{ id: 'Task_1', type: 'data', layoutSetId: 'form', write: true }];
  const calls = {
    load: 0,
    selectParty: [] as number[],
    openInstance: [] as string[],
    createInstance: [] as { partyId: number; prefill?: Record<string, string> }[],
    loadLayoutSet: [] as string[],
    save: [] as SavedModel[][],
    processNext: [] as (string | undefined)[],
    uploads: [] as { dataType: string; filename: string; size: number }[],
    deletes: [] as string[],
    disposed: 0,
  };
  const answers = [...(options.processAnswers ?? [])];
  const instances: ScriptedInstance[] = [];
  // App-level listeners hear every instance's events, as the real connected app's do.
  const appListeners = new Map<string, Set<(payload: never) => void>>();
  function emitToApp<E extends ConnectedEventName>(event: E, payload: ConnectedEvents[E]) {
    for (const listener of appListeners.get(event) ?? []) (listener as (p: ConnectedEvents[E]) => void)(payload);
  }

  function processAt(index: number): AppProcessState {
    const processTasks: AppProcessTaskTypeInfo[] = tasks.map((task) => ({
      elementId: task.id,
      altinnTaskType: task.type === 'service' ? 'pdf' : task.type,
      elementType: task.type === 'service' ? 'ServiceTask' : 'Task',
    }));
    const task = tasks[index];
    if (!task) return { started: '2026-12-05T10:00:00Z', ended: '2026-12-05T10:30:00Z', processTasks };
    const actions = task.actions ?? defaultActions(task);
    return {
      started: '2026-12-05T10:00:00Z',
      currentTask: {
        elementId: task.id,
        altinnTaskType: processTasks[index].altinnTaskType,
        elementType: processTasks[index].elementType,
        write: task.write ?? false,
        read: true,
        actions,
        userActions: Object.entries(actions).map(([id, authorized]) => ({ id, authorized, type: 'ProcessAction' })),
      },
      processTasks,
    };
  }

  class ScriptedInstance implements ConnectedInstance {
    taskIndex: number;
    saveStatus: SaveStatus = 'saved';
    saveError: string | undefined;
    backendIssues: readonly ValidationIssueWithSource[] = [];
    unsaved = false;
    port: FormModelPort | undefined;
    saveFailure: unknown;
    private listeners = new Map<string, Set<(payload: never) => void>>();
    private statusListeners = new Set<(status: SaveStatus) => void>();
    private currentProcess: AppProcessState;
    readonly dataModels: Map<string, DataModelElement>;
    instance: Instance;

    constructor(id: string, taskIndex: number) {
      this.taskIndex = taskIndex;
      this.currentProcess = processAt(taskIndex);
      this.dataModels = new Map(
        Object.entries(options.models ?? {}).map(([dataType, model]) => [
          dataType,
          { dataType, dataElementId: `${dataType}-element`, model, locked: false },
        ]),
      );
      this.instance = {
        id,
        appId: 'ttd/app',
        org: 'ttd',
        instanceOwner: { partyId: '501', party: { partyId: 501, partyTypeName: 1, name: 'Ola Nordmann' } },
        data: [
          ...[...this.dataModels.values()].map((model) => element(model.dataElementId, model.dataType, 'model.json')),
          ...(options.files ?? []),
        ],
        lastChanged: '2026-12-05T10:30:00Z',
      };
      instances.push(this);
    }
    get process() {
      return this.currentProcess;
    }
    get layoutSetId() {
      return tasks[this.taskIndex]?.layoutSetId;
    }
    onSaveStatus(listener: (status: SaveStatus) => void) {
      this.statusListeners.add(listener);
      return () => this.statusListeners.delete(listener);
    }
    /** Moves the save status as the real layer would. */
    setSaveStatus(status: SaveStatus, error?: string) {
      this.saveStatus = status;
      this.saveError = error;
      for (const listener of this.statusListeners) listener(status);
    }
    async save(models: SavedModel[]) {
      calls.save.push(models);
      if (this.saveFailure) throw this.saveFailure;
    }
    async flush() {}
    hasUnsavedChanges() {
      return this.unsaved;
    }
    attach(port: FormModelPort) {
      this.port = port;
      return () => {
        if (this.port === port) this.port = undefined;
      };
    }
    async validate() {
      return [...this.backendIssues];
    }
    async processNext(action?: string): Promise<ProcessNextResult> {
      calls.processNext.push(action);
      const answer = answers.shift();
      if (answer) return answer;
      this.moveTo(this.taskIndex + 1);
      return { kind: 'moved', process: this.currentProcess };
    }
    /** Moves the process as the backend would, telling the listeners. */
    moveTo(index: number) {
      this.taskIndex = index;
      this.currentProcess = processAt(index);
      this.emit('processMoved', { process: this.currentProcess });
    }
    uploads = 0;
    attachments = {
      list: () => this.instance.data.filter((data) => !this.dataModels.has(data.dataType)),
      upload: async (dataType: string, file: Blob, filename: string) => {
        calls.uploads.push({ dataType, filename, size: file.size });
        const stored = { ...element(`upload-${++this.uploads}`, dataType, filename), size: file.size };
        this.instance = { ...this.instance, data: [...this.instance.data, stored] };
        return stored;
      },
      delete: async (dataElementId: string) => {
        calls.deletes.push(dataElementId);
        this.instance = { ...this.instance, data: this.instance.data.filter((data) => data.id !== dataElementId) };
      },
      setTags: async (dataElementId: string, tags: string[]) => {
        const tagged = this.instance.data.find((data) => data.id === dataElementId);
        if (!tagged) throw new Error(`No data element ${dataElementId}`);
        return { ...tagged, tags };
      },
    };
    submitBlockers() {
      return [];
    }
    on<E extends ConnectedEventName>(event: E, listener: (payload: ConnectedEvents[E]) => void) {
      const set = this.listeners.get(event) ?? new Set();
      this.listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    }
    emit<E extends ConnectedEventName>(event: E, payload: ConnectedEvents[E]) {
      for (const listener of this.listeners.get(event) ?? []) (listener as (p: ConnectedEvents[E]) => void)(payload);
      emitToApp(event, payload);
    }
    dispose() {
      calls.disposed++;
    }
  }

  const layoutSets = options.layoutSets ?? [];
  const bootstrap: AppBootstrap = {
    metadata: {
      id: 'ttd/app',
      org: 'ttd',
      dataTypes: Object.keys(options.models ?? {}).map((id) => ({ id, appLogic: { classRef: `App.${id}` } })),
    } as unknown as AppBootstrap['metadata'],
    layoutSets: {
      sets: layoutSets.map((set) => ({ id: set.id, dataType: set.dataType, tasks: set.tasks })),
      ...(options.uiSettings && { uiSettings: options.uiSettings }),
    },
    settings: {},
    texts: options.texts,
    profile: undefined,
    parties: [ola],
    selectedParty: ola,
    entry: options.entry ?? { kind: 'new-instance', party: ola },
  };

  let created = 0;
  /** Where a (re)opened instance stands: tests move it to simulate work done elsewhere. */
  const serverTask = new Map<string, number>();
  const app: ConnectedApp = {
    async load() {
      calls.load++;
      if (options.loadFailure) throw options.loadFailure;
      return bootstrap;
    },
    async selectParty(partyId) {
      calls.selectParty.push(partyId);
      return { kind: 'new-instance', party: { ...ola, partyId } };
    },
    async listActiveInstances() {
      return [];
    },
    async createInstance(partyId, createOptions) {
      calls.createInstance.push({ partyId, prefill: createOptions?.prefill });
      const instance = new ScriptedInstance(
        `${partyId}/00000000-0000-0000-0000-00000000000${++created}`,
        options.startAt ?? 0,
      );
      emitToApp('instanceCreated', { instance: instance.instance });
      return instance;
    },
    async copyInstance(sourceInstanceId) {
      const partyId = Number(sourceInstanceId.split('/')[0]);
      calls.createInstance.push({ partyId, prefill: undefined });
      const instance = new ScriptedInstance(`${partyId}/00000000-0000-0000-0000-00000000000${++created}`, 0);
      emitToApp('instanceCreated', { instance: instance.instance });
      return instance;
    },
    async openInstance(instanceId) {
      calls.openInstance.push(instanceId);
      return new ScriptedInstance(instanceId, serverTask.get(instanceId) ?? options.startAt ?? 0);
    },
    async loadLayoutSet(layoutSetId) {
      calls.loadLayoutSet.push(layoutSetId);
      const layoutSet = layoutSets.find((set) => set.id === layoutSetId);
      return layoutSet
        ? { layoutSet, diagnostics: [] }
        : { diagnostics: [{ severity: 'error', code: 'missing', file: 'layout-sets.json', message: 'no such set' }] };
    },
    async getStatelessData() {
      return options.models?.model ?? {};
    },
    async recalculateStateless(_dataType, model) {
      return model;
    },
    on(event, listener) {
      const set = appListeners.get(event) ?? new Set();
      appListeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    dispose() {},
  };
  return {
    app,
    calls,
    /** The instances opened or created so far, newest last. */
    instances,
    /** The last opened or created instance. */
    latest: () => instances[instances.length - 1],
    serverTask,
  };
}

function defaultActions(task: ScriptedTask): Record<string, boolean> {
  const write = task.write ?? false;
  switch (task.type) {
    case 'confirmation':
      return { read: true, write, confirm: true };
    case 'signing':
      return { read: true, write, sign: true, reject: true };
    default:
      return { read: true, write };
  }
}

export function element(id: string, dataType: string, filename: string): DataElement {
  return {
    id,
    instanceGuid: 'guid',
    dataType,
    contentType: 'application/octet-stream',
    filename,
    locked: false,
    selfLinks: { apps: `https://ttd.apps.example/ttd/app/instances/501/guid/data/${id}` },
  };
}
