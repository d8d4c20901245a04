import type {
  AppProcessState as WireAppProcessState,
  AppProcessTaskTypeInfo as WireAppProcessTaskTypeInfo,
  ProcessElementInfo as WireProcessElementInfo,
  ProcessHistoryItem as WireProcessHistoryItem,
  ProcessHistoryList as WireProcessHistoryList,
  ProcessState as WireProcessState,
  UserAction,
} from '../../wire/index.ts';

export type { UserAction };

/**
 * The process definition read from an app's `process.bpmn`, and the process state the preview
 * server stores per instance. The state shapes are the wire types of `src/wire` with the fields the
 * engine always sets made required, so they can be stored and served as they are.
 */

/** `processAction`s are performed through `PUT process/next`; `serverAction`s through `POST actions`. */
export type TaskActionKind = 'processAction' | 'serverAction';

export interface TaskAction {
  readonly id: string;
  readonly kind: TaskActionKind;
}

export interface SignatureConfig {
  readonly dataTypesToSign: readonly string[];
  readonly signatureDataType: string | null;
  readonly uniqueFromSignaturesInDataTypes: readonly string[];
  readonly signeeProviderId: string | null;
  readonly signeeStatesDataTypeId: string | null;
  readonly signingPdfDataType: string | null;
  readonly runDefaultValidator: boolean;
}

export interface PaymentConfig {
  readonly paymentDataType: string | null;
  readonly paymentReceiptPdfDataType: string | null;
}

export interface PdfConfig {
  readonly filenameTextResourceKey: string | null;
  readonly autoPdfTaskIds: readonly string[];
}

/** A `task` or `serviceTask` with its Altinn task extension. */
export interface TaskDefinition {
  readonly kind: 'task';
  readonly id: string;
  readonly name: string | null;
  /** `ServiceTask` for a BPMN `serviceTask`, else `Task` (the wire's `elementType`). */
  readonly elementType: 'Task' | 'ServiceTask';
  /** `altinn:taskType`; empty string when the task has none. */
  readonly taskType: string;
  readonly actions: readonly TaskAction[];
  /**
   * True where the process moves on without a user: the built-in service task types (pdf,
   * eFormidling, subformPdf, fiksArkiv, which the preview treats as no-ops) and service tasks of the
   * app's own types, which the preview cannot run (named in the parse diagnostics).
   */
  readonly autoAdvance: boolean;
  /** Data type that `["dataModel", …]` reads in the conditions of gateways after this task. */
  readonly connectedDataTypeId: string | null;
  readonly signatureConfig: SignatureConfig | null;
  readonly paymentConfig: PaymentConfig | null;
  readonly pdfConfig: PdfConfig | null;
  readonly outgoing: readonly string[];
}

export interface ExclusiveGatewayDefinition {
  readonly kind: 'exclusiveGateway';
  readonly id: string;
  readonly name: string | null;
  /** Id of the flow taken when it is among the flows whose conditions hold. */
  readonly defaultFlow: string | null;
  readonly connectedDataTypeId: string | null;
  readonly outgoing: readonly string[];
}

export interface StartEventDefinition {
  readonly kind: 'startEvent';
  readonly id: string;
  readonly name: string | null;
  readonly outgoing: readonly string[];
}

export interface EndEventDefinition {
  readonly kind: 'endEvent';
  readonly id: string;
  readonly name: string | null;
}

export type ProcessElement = TaskDefinition | ExclusiveGatewayDefinition | StartEventDefinition | EndEventDefinition;

export interface SequenceFlow {
  readonly id: string;
  readonly sourceRef: string;
  readonly targetRef: string;
  /** The parsed layout expression, or null when the flow has no condition. */
  readonly condition: unknown;
  /** `altinn:flowtype`, e.g. `AbandonCurrentMoveToNext`. */
  readonly flowType: string | null;
}

export interface ProcessDefinition {
  readonly id: string;
  /** Every element the engine can run, by id. */
  readonly elements: ReadonlyMap<string, ProcessElement>;
  readonly flows: ReadonlyMap<string, SequenceFlow>;
  /** Start event ids in document order; the first is the default. */
  readonly startEvents: readonly string[];
  /** Tasks and service tasks in document order (`processTasks` on the wire). */
  readonly tasks: readonly TaskDefinition[];
}

export interface ProcessDiagnostic {
  /** `error`: the process cannot run past this element. `warning`: it runs, but not as the real engine would. */
  readonly severity: 'error' | 'warning';
  readonly code:
    | 'malformed-xml'
    | 'no-process'
    | 'several-processes'
    | 'no-start-event'
    | 'missing-id'
    | 'unsupported-element'
    | 'unknown-task-type'
    | 'missing-task-type'
    | 'missing-flow'
    | 'missing-target'
    | 'flow-source-mismatch'
    | 'malformed-condition'
    | 'missing-default-flow'
    | 'duplicate-id';
  /** The BPMN element the diagnostic is about, or null for the file as a whole. */
  readonly elementId: string | null;
  readonly message: string;
}

/** The task the process is in, as stored (the wire's `ProcessElementInfo`). */
export interface ProcessTaskState extends WireProcessElementInfo {
  flow: number;
  started: string;
  elementId: string;
  name: string | null;
  altinnTaskType: string;
  ended: string | null;
  validated: null;
  flowType: FlowType;
}

export type FlowType = 'CompleteCurrentMoveToNext' | 'AbandonCurrentMoveToNext';

/** The process of one instance as stored (the wire's `ProcessState`). */
export interface ProcessState extends WireProcessState {
  started: string | null;
  startEvent: string | null;
  currentTask: ProcessTaskState | null;
  ended: string | null;
  endEvent: string | null;
}

/** Who moved the process: a user or a service owner. */
export interface ProcessPerformer {
  readonly userId?: number;
  readonly orgId?: string;
  readonly authenticationLevel?: number;
}

export type ProcessEventType =
  | 'process_StartEvent'
  | 'process_StartTask'
  | 'process_EndTask'
  | 'process_AbandonTask'
  | 'process_EndEvent'
  | 'Submited';

/** One instance event of a process transition (storage's `InstanceEvent`, process part). */
export interface ProcessEvent {
  readonly eventType: ProcessEventType;
  readonly created: string;
  readonly performedBy: ProcessPerformer;
  /** The process state right after the transition this event belongs to. */
  readonly processInfo: ProcessState;
}

/** One line of `GET process/history`. */
export interface ProcessHistoryItem extends WireProcessHistoryItem {
  eventType: ProcessEventType;
  elementId: string | null;
  occured: string;
  started: string | null;
  ended: string | null;
  performedBy: string | null;
}

export interface ProcessHistoryList extends WireProcessHistoryList {
  processHistory: ProcessHistoryItem[];
}

/** `GET process` (app-api §6.1); extending the wire type checks that `currentTask` fits its `AppProcessElementInfo`. */
export interface AppProcessState extends WireAppProcessState {
  started: string | null;
  startEvent: string | null;
  currentTask: AppProcessTask | null;
  processTasks: AppProcessTaskInfo[];
  ended: string | null;
  endEvent: string | null;
}

export interface AppProcessTask extends ProcessTaskState {
  actions: Record<string, boolean>;
  userActions: UserAction[];
  read: boolean;
  write: boolean;
  elementType: 'Task' | 'ServiceTask';
}

export interface AppProcessTaskInfo extends WireAppProcessTaskTypeInfo {
  altinnTaskType: string;
  elementId: string;
  elementType: 'Task' | 'ServiceTask';
}
