/**
 * The process engine of `skjema preview`: reads an app's `process.bpmn` and moves instances through
 * it as the Altinn app engine does (platform §4), without storage, authorisation or validation,
 * which the server does around it.
 *
 * - `parseProcess` never throws; its diagnostics name, by element id, everything that will not run
 *   as in Altinn (the server prints them at start).
 * - `startProcess` / `moveNext` return the new state and the instance events of the move; they
 *   throw `ProcessError` when there is nowhere to go. Gateway conditions are layout expressions run
 *   by the core evaluator, with `["gatewayAction"]` bound to the action.
 * - A task whose `autoAdvance` is true is moved on by the server without a user (at most 100 times).
 */
export type {
  AppProcessState,
  AppProcessTask,
  AppProcessTaskInfo,
  EndEventDefinition,
  ExclusiveGatewayDefinition,
  FlowType,
  PaymentConfig,
  PdfConfig,
  ProcessDefinition,
  ProcessDiagnostic,
  ProcessElement,
  ProcessEvent,
  ProcessEventType,
  ProcessHistoryItem,
  ProcessHistoryList,
  ProcessPerformer,
  ProcessState,
  ProcessTaskState,
  SequenceFlow,
  SignatureConfig,
  StartEventDefinition,
  TaskAction,
  TaskActionKind,
  TaskDefinition,
  UserAction,
} from './types.ts';
export { ProcessError, type ProcessErrorCode } from './errors.ts';
export { parseProcess, type ParsedProcess } from './parse.ts';
export {
  moveNext,
  startProcess,
  type ConditionContext,
  type DataModelReader,
  type MoveNextOptions,
  type MoveNextResult,
  type StartProcessOptions,
  type StartProcessResult,
} from './engine.ts';
export { appProcessState } from './appState.ts';
export { actionsPermittingNext, defaultActionForTask, SERVICE_TASK_TYPES, isServiceTaskType } from './taskTypes.ts';
export { processHistory } from './history.ts';
