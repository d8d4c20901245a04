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
  type DataModelReader,
  type MoveNextOptions,
  type MoveNextResult,
  type StartProcessOptions,
  type StartProcessResult,
} from './engine.ts';
export { appProcessState } from './appState.ts';
export { actionsPermittingNext, defaultActionForTask, SERVICE_TASK_TYPES, isServiceTaskType } from './taskTypes.ts';
export { processHistory } from './history.ts';
