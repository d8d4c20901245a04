import type { ConditionContext, DataModelReader } from './conditions.ts';
import { ProcessError } from './errors.ts';
import { nextDestination, type Destination } from './navigate.ts';
import type {
  FlowType,
  ProcessDefinition,
  ProcessEvent,
  ProcessEventType,
  ProcessPerformer,
  ProcessState,
  ProcessTaskState,
  TaskDefinition,
} from './types.ts';

export type { ConditionContext, DataModelReader } from './conditions.ts';

export interface StartProcessOptions {
  /** Id of the start event to start from (`POST process/start?startEvent=`); default the first one. */
  readonly startEvent?: string;
  readonly now: Date;
  readonly performedBy: ProcessPerformer;
  /** Read by gateways between the start event and the first task; there is rarely data yet. */
  readonly dataModel?: DataModelReader;
  readonly expressionContext?: ConditionContext;
}

export interface StartProcessResult {
  readonly state: ProcessState;
  readonly events: ProcessEvent[];
  /** The first task, or null when the start event leads straight to an end event. */
  readonly entered: TaskDefinition | null;
}

export interface MoveNextOptions {
  /** The action of `PUT process/next`, or null; gateways read it as `["gatewayAction"]`. */
  readonly action: string | null;
  readonly dataModel: DataModelReader;
  /** Other sources gateway conditions may read, e.g. `instanceContext`; missing ones fail the condition. */
  readonly expressionContext?: ConditionContext;
  readonly now: Date;
  readonly performedBy: ProcessPerformer;
}

export interface MoveNextResult {
  readonly state: ProcessState;
  readonly events: ProcessEvent[];
  readonly left: TaskDefinition;
  /** The task entered, or null when the process ended. Keep moving while `entered.autoAdvance` is true. */
  readonly entered: TaskDefinition | null;
  readonly ended: boolean;
}

const noData: DataModelReader = () => undefined;

function event(
  eventType: ProcessEventType,
  now: Date,
  performedBy: ProcessPerformer,
  processInfo: ProcessState,
): ProcessEvent {
  return { eventType, created: now.toISOString(), performedBy, processInfo: structuredClone(processInfo) };
}

function taskState(task: TaskDefinition, flow: number, now: Date, flowType: FlowType): ProcessTaskState {
  return {
    flow,
    started: now.toISOString(),
    elementId: task.id,
    name: task.name,
    altinnTaskType: task.taskType,
    ended: null,
    validated: null,
    flowType,
  };
}

/** The state and events of arriving at `destination` from a state whose last flow number is `flow`. */
function arrive(
  base: ProcessState,
  destination: Destination,
  flow: number,
  flowType: FlowType,
  now: Date,
  performedBy: ProcessPerformer,
): { state: ProcessState; events: ProcessEvent[]; entered: TaskDefinition | null } {
  const { element } = destination;
  if (element.kind === 'endEvent') {
    const state: ProcessState = { ...base, currentTask: null, ended: now.toISOString(), endEvent: element.id };
    return {
      state,
      events: [event('process_EndEvent', now, performedBy, state), event('Submited', now, performedBy, state)],
      entered: null,
    };
  }
  const state: ProcessState = {
    ...base,
    currentTask: taskState(element, flow + 1, now, flowType),
    ended: null,
    endEvent: null,
  };
  return { state, events: [event('process_StartTask', now, performedBy, state)], entered: element };
}

/**
 * Starts a process: the start event (flow 1) and the move to the first task (flow 2), as the
 * instance is created. Nothing is stored; the caller persists `state` and `events`.
 */
export function startProcess(definition: ProcessDefinition, options: StartProcessOptions): StartProcessResult {
  const startEvent = options.startEvent ?? definition.startEvents[0];
  if (startEvent === undefined) throw new ProcessError('unknown-start-event', 'The process has no start event');
  if (!definition.startEvents.includes(startEvent)) {
    const known = definition.startEvents.join(', ');
    throw new ProcessError(
      'unknown-start-event',
      `"${startEvent}" is not a start event of the process (start events: ${known})`,
      startEvent,
    );
  }
  const { now, performedBy } = options;
  const starting: ProcessState = {
    started: now.toISOString(),
    startEvent,
    currentTask: {
      flow: 1,
      started: now.toISOString(),
      elementId: startEvent,
      name: null,
      altinnTaskType: '',
      ended: null,
      validated: null,
      flowType: 'CompleteCurrentMoveToNext',
    },
    ended: null,
    endEvent: null,
  };
  const destination = nextDestination(definition, startEvent, {
    action: null,
    dataModel: options.dataModel ?? noData,
    context: options.expressionContext,
    connectedDataType: null,
  });
  const arrived = arrive(starting, destination, 1, 'CompleteCurrentMoveToNext', now, performedBy);
  return {
    state: arrived.state,
    events: [event('process_StartEvent', now, performedBy, starting), ...arrived.events],
    entered: arrived.entered,
  };
}

function currentTaskOf(
  definition: ProcessDefinition,
  state: ProcessState,
): { task: TaskDefinition; current: ProcessTaskState } {
  if (!state.started || !state.startEvent) throw new ProcessError('not-started', 'Process is not started. Use start!');
  if (state.ended || state.endEvent) throw new ProcessError('ended', 'Process is ended.');
  const current = state.currentTask;
  if (!current) throw new ProcessError('no-current-task', 'Process has no current task.');
  const task = definition.elements.get(current.elementId);
  if (task?.kind !== 'task') {
    throw new ProcessError(
      'unknown-element',
      `The current task ${current.elementId} is not a task of process.bpmn (was the file changed?)`,
      current.elementId,
    );
  }
  if (!task.taskType) {
    // Altinn refuses to move a task without a type (409), whatever the action.
    throw new ProcessError(
      'no-current-task',
      `Task ${task.id} has no altinn:taskType, so the process cannot move on from it`,
      task.id,
    );
  }
  return { task, current };
}

/**
 * Moves the process from its current task to the next task or end event (`PUT process/next`,
 * platform §4.5 steps 1, 6 and 7). Authorisation, validation and data locking are the caller's.
 * Throws `ProcessError` when there is nowhere to go.
 */
export function moveNext(definition: ProcessDefinition, state: ProcessState, options: MoveNextOptions): MoveNextResult {
  const { task, current } = currentTaskOf(definition, state);
  const { action, now, performedBy } = options;
  const destination = nextDestination(definition, task.id, {
    action,
    dataModel: options.dataModel,
    context: options.expressionContext,
    connectedDataType: task.connectedDataTypeId,
  });
  const abandons = action === 'reject' || destination.path.some((flow) => flow.flowType === 'AbandonCurrentMoveToNext');
  const leaving: ProcessState = { ...state, currentTask: { ...current, ended: now.toISOString() } };
  const leftEvent = event(abandons ? 'process_AbandonTask' : 'process_EndTask', now, performedBy, leaving);
  const flowType: FlowType = abandons ? 'AbandonCurrentMoveToNext' : 'CompleteCurrentMoveToNext';
  const arrived = arrive(state, destination, current.flow, flowType, now, performedBy);
  return {
    state: arrived.state,
    events: [leftEvent, ...arrived.events],
    left: task,
    entered: arrived.entered,
    ended: arrived.entered === null,
  };
}
