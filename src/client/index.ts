export { createAppClient, type AppClient, type AppClientConfig } from './createAppClient.ts';
export { AppApiError, isAppApiError, type AppApiErrorInit } from './errors.ts';
export type { CallOptions, LanguageCallOptions } from './callOptions.ts';
export type { FetchLike, HeadersSource } from './transport.ts';
export type { QueryParams, QueryValue } from './url.ts';
export type { AppResourceMethods } from './appResources.ts';
export type { OptionsMethods, GetOptionsOptions, OptionsResult } from './options.ts';
export type { InstanceMethods, ProcessNextOptions, ValidateOptions } from './instances.ts';
export type { FormDataMethods, GetDataElementOptions } from './formData.ts';
export type { StatelessMethods, StatelessDataOptions, GetStatelessDataOptions } from './stateless.ts';
export type {
  ApplicationLanguage,
  ApplicationMetadata,
  ApplicationSettings,
  AppOption,
  DataType,
  LayoutSet,
  LayoutSets,
  TextResource,
  TextResourceEntry,
  TextResourceVariable,
} from './types/app.ts';
export type {
  DataElementPatch,
  DataModelPair,
  DataPatchRequest,
  DataPatchRequestMultiple,
  DataPatchResponse,
  DataPatchResponseMultiple,
  JsonPatch,
  JsonPatchOperation,
} from './types/data.ts';
export {
  PartyType,
  ReadStatus,
  type DataElement,
  type FileScanResult,
  type Instance,
  type InstanceOwner,
  type InstanceStatus,
  type Party,
} from './types/instance.ts';
export type { ProblemDetails } from './types/problem.ts';
export type { ProcessState, ProcessTask, ProcessTaskInfo, UserAction, UserActionType } from './types/process.ts';
export { ValidationIssueSeverity, type ValidationIssue, type ValidationSourcePair } from './types/validation.ts';
