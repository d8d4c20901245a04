/**
 * The JSON the Altinn 3 app API sends and accepts, as types only. Shared by the client, core, the
 * connected layer and the preview server; it imports nothing and holds no runtime values.
 */
export type {
  ApplicationLanguage,
  ApplicationMetadata,
  ApplicationSettings,
  DataType,
  PartyTypesAllowed,
} from './appMetadata.ts';
export type {
  DataElement,
  DataElementReference,
  DeleteStatus,
  FileScanResult,
  InstanceFileScanResult,
  KeyValueEntry,
  ResourceLinks,
  SetTagsRequest,
  SetTagsResponse,
  TagsList,
} from './dataElement.ts';
export type { DataDeleteResponse, DataPostErrorResponse, DataPostResponse } from './dataElementWrite.ts';
export type {
  DataElementPatch,
  DataModelPair,
  DataPatchError,
  DataPatchRequest,
  DataPatchRequestMultiple,
  DataPatchResponse,
  DataPatchResponseMultiple,
  JsonPatch,
  JsonPatchOperation,
} from './dataPatch.ts';
export type {
  CompleteConfirmation,
  Instance,
  InstanceOwner,
  InstanceResponse,
  InstanceStatus,
  InstansiationInstance,
  ReadStatus,
  SimpleInstance,
  Substatus,
} from './instance.ts';
export type {
  DialogDerivedStatus,
  DialogStatus,
  InboxInstance,
  InboxLocation,
  InboxMatchPart,
  InboxPage,
  InboxPerson,
  InboxProgress,
  InboxView,
  InboxWaitingFor,
  MessageBoxProcessTask,
} from './inbox.ts';
export type { LayoutSet, LayoutSets } from './layoutSets.ts';
export type { AppOption, OptionValue } from './option.ts';
export type { Organization, Party, PartyResponse, PartyType, Person } from './party.ts';
export type { ProblemDetails } from './problem.ts';
export type {
  AppProcessElementInfo,
  AppProcessState,
  AppProcessTaskTypeInfo,
  ProcessElementInfo,
  ProcessHistoryItem,
  ProcessHistoryList,
  ProcessNext,
  ProcessState,
  ValidationStatus,
} from './process.ts';
export type { ProfileSettingPreference, UserProfile, UserType } from './profile.ts';
export type { TextResource, TextResourceEntry, TextResourceVariable } from './textResource.ts';
export type {
  ActionError,
  ClientAction,
  UserAction,
  UserActionRequest,
  UserActionResponse,
  UserActionType,
} from './userAction.ts';
export type { ValidationIssueSeverity, ValidationIssueWithSource, ValidationSourcePair } from './validation.ts';
