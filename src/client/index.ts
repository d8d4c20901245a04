export { createAppClient, type AppClient, type AppClientConfig } from './createAppClient.ts';
export { AppApiError, isAppApiError, type AppApiErrorInit } from './errors.ts';
export type { CallOptions, LanguageCallOptions } from './callOptions.ts';
export type { FetchLike, HeadersSource } from './transport.ts';
export type { QueryParams, QueryValue } from './url.ts';
export type { AppResourceMethods } from './appResources.ts';
export type { OptionsMethods, GetOptionsOptions, OptionsResult } from './options.ts';
export type { InstanceMethods, DeleteInstanceOptions, ProcessNextOptions, ValidateOptions } from './instances.ts';
export type { CopyInstanceRequest, InstantiateRequest, InstantiationMethods } from './instantiation.ts';
export type {
  DataElementFile,
  DataElementMethods,
  DataWriteOptions,
  DeleteDataElementOptions,
  UploadAttachmentOptions,
} from './dataElements.ts';
export type { SetTagsOptions, TagMethods } from './tags.ts';
export type { ActionMethods, PerformActionRequest } from './actions.ts';
export type { GetPartiesOptions, PartyMethods } from './parties.ts';
export type { AuthenticationMethods } from './authentication.ts';
export type { ClientAuth } from './auth.ts';
export type { RetryPolicy } from './retry.ts';
export type { FormDataMethods, GetDataElementOptions } from './formData.ts';
export type { StatelessMethods, StatelessDataOptions, GetStatelessDataOptions } from './stateless.ts';
export type { InboxMethods, ListInstancesOptions } from './inbox.ts';
export { PartyType, ReadStatus, ValidationIssueSeverity } from './wireEnums.ts';
// The wire types, under the names this client has always exported them by, plus the rest of src/wire.
// `ProcessState` here is the app's view (with actions), as `getProcess` returns it; the storage view
// inside `Instance.process` is a subset of it.
export type {
  AppProcessState as ProcessState,
  AppProcessElementInfo as ProcessTask,
  AppProcessTaskTypeInfo as ProcessTaskInfo,
  ValidationIssueWithSource as ValidationIssue,
} from '../wire/index.ts';
export type {
  ActionError,
  AppOption,
  AppProcessElementInfo,
  AppProcessState,
  AppProcessTaskTypeInfo,
  ApplicationLanguage,
  ApplicationMetadata,
  ApplicationSettings,
  ClientAction,
  CompleteConfirmation,
  DataDeleteResponse,
  DataElement,
  DataElementPatch,
  DataElementReference,
  DataModelPair,
  DataPatchError,
  DataPatchRequest,
  DataPatchRequestMultiple,
  DataPatchResponse,
  DataPatchResponseMultiple,
  DataPostErrorResponse,
  DataPostResponse,
  DataType,
  DeleteStatus,
  FileScanResult,
  InboxInstance,
  InboxLocation,
  InboxMatchPart,
  InboxPage,
  InboxPerson,
  InboxProgress,
  InboxView,
  InboxWaitingFor,
  DialogDerivedStatus,
  DialogStatus,
  MessageBoxProcessTask,
  Instance,
  InstanceFileScanResult,
  InstanceOwner,
  InstanceResponse,
  InstanceStatus,
  InstansiationInstance,
  JsonPatch,
  JsonPatchOperation,
  KeyValueEntry,
  LayoutSet,
  LayoutSets,
  OptionValue,
  Organization,
  Party,
  PartyResponse,
  PartyTypesAllowed,
  Person,
  ProblemDetails,
  ProcessElementInfo,
  ProcessHistoryItem,
  ProcessHistoryList,
  ProcessNext,
  ProfileSettingPreference,
  ResourceLinks,
  SetTagsRequest,
  SetTagsResponse,
  SimpleInstance,
  Substatus,
  TagsList,
  TextResource,
  TextResourceEntry,
  TextResourceVariable,
  UserAction,
  UserActionRequest,
  UserActionResponse,
  UserActionType,
  UserProfile,
  UserType,
  ValidationIssueWithSource,
  ValidationSourcePair,
  ValidationStatus,
} from '../wire/index.ts';
