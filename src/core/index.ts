/**
 * skjema/core: the framework-free form engine. Runs in Node and in browsers; no React, no DOM.
 * File-system helpers for Node live in `skjema/core/node`. Every export is listed by name and
 * described in docs/core-api.md; tests pin the list (tests/core/publicApi.test.ts), so that a
 * change to it is deliberate. Everything else is internal, even where a file exports it.
 */

// Loading an app: layout sets, texts, code lists, data-model schemas, with located diagnostics.
export { loadLayoutSet, type LoadLayoutSetOptions } from './app/loadLayoutSet.ts';
export { preloadParts } from './app/preloadParts.ts';
export { objectSource, type AppSource } from './app/source.ts';
export type {
  AppOption,
  LayoutSetEntry,
  LoadedLayoutSet,
  LoadResult,
  OptionValue,
  RawComponent,
  RawLayoutFile,
  TextResource,
  TextResourceVariable,
} from './app/types.ts';
export { formatDiagnostic, type Diagnostic, type DiagnosticSeverity } from './diagnostics.ts';
export {
  ALTINN_FILE_SCHEMAS,
  createAltinnSchemaChecker,
  type AltinnFileKind,
  type AltinnSchemaChecker,
  type AltinnSchemaValidators,
} from './schemas/altinnSchemaChecker.ts';

// The running form: the session (one write gate, saving, navigation, submit) over the engine.
export {
  createFormSession,
  type FormSession,
  type FormSessionOptions,
  type NavigationResult,
  type NavigationValidation,
  type SessionNavigation,
  type SessionPermissions,
  type SubmitAttempt,
  type SubmittedForm,
  type WriteOrigin,
  type WriteRefusal,
  type WriteRequest,
  type WriteResult,
  type WriteStats,
} from './session/index.ts';
export { readPrefillRecord, type PrefilledField, type PrefillOrigin } from './data/prefillRecord.ts';
// What a form tells a host's analytics (opt-in; plain events, no user data).
export {
  createFormAnalytics,
  type FormAnalytics,
  type FormAnalyticsEvent,
  type FormAnalyticsOptions,
  type ShownValidationMessage,
} from './analytics/index.ts';
export type {
  NavigationGroupEntry,
  NavigationMark,
  NavigationPageEntry,
  PageNavigationModel,
  TaskStep,
  TaskStepState,
} from './navigation/index.ts';
export { createFormEngine, FormEngine, type FormEngineOptions, type FormNode } from './form/index.ts';
export { FormData, type DataBinding } from './data/formData.ts';
export type { DataMismatch } from './data/dataMismatch.ts';
export type { FormEnvironment, FormTree, LayoutNode, PageNode, RowNode } from './tree/index.ts';

// Component types: what the engine knows of each layout type (docs/custom-components.md).
export {
  builtinComponentTypeDefinitions,
  builtinComponentTypes,
  ComponentTypes,
  gridRowReferences,
  idList,
  isEmptyValue,
  joinedBoundValues,
  missingChoice,
  missingValues,
  plainChildren,
  type ComponentBindings,
  type ComponentCategory,
  type ComponentRuleContext,
  type ComponentRuleFinding,
  type ComponentTypeDefinition,
  type DisplayValueContext,
  type MissingValue,
  type OutsideData,
  type RawChildReference,
} from './components/index.ts';

// Saving: when changed models are saved.
export { saveDelayOf, type SaveDelay } from './save/saveDelay.ts';
export {
  SaveScheduler,
  type AutoSaveBehavior,
  type SaveClock,
  type SavedModel,
  type SaveSchedulerOptions,
} from './save/saveScheduler.ts';
export { watchFormData } from './save/watchFormData.ts';

// Validation.
export { createFormValidator, validateForm, ValidationMask, type SubformEntriesState } from './validation/index.ts';
export type {
  BackendValidationIssue,
  ComponentValidator,
  ComponentValidatorInput,
  ComponentValidatorIssue,
  ComponentValidatorMessage,
  FormValidator,
  FormValidatorOptions,
  Issue,
  ModelSchemaError,
  ModelValidateFunction,
  NavigationRequest,
  NodeIssue,
  PageValidationConfig,
  PrecompiledModelValidators,
  ResolvedIssue,
  SchemaBackend,
  Severity,
  ValidateFormOptions,
  ValidateFormResult,
  ValidationOutcome,
  ValidationSource,
  ValidationStats,
} from './validation/index.ts';

// Expressions.
export {
  evaluateExpression,
  ExpressionRuntimeError,
  instanceContextValue,
  isExpression,
  validateExpression,
  type ComponentLocation,
  type EvaluateOptions,
  type EvaluateResult,
  type ExpectedType,
  type ExpectedTypeMap,
  type ExprArg,
  type ExpressionContext,
  type ExpressionError,
  type ExpressionIssue,
  type Expression,
  type ExprInput,
  type ExprList,
  type ExprLiteral,
  type ExprObject,
  type ExprPointer,
  type ExprResult,
  type ExprValue,
  type ExpressionFormat,
  type InstanceContextKey,
  type InstanceLike,
  type ValidateOptions,
  type ValueArguments,
} from './expressions/index.ts';

// Texts.
export {
  createTextResolver,
  type TextDataRead,
  type TextResolver,
  type TextResolveOptions,
  type TextVariableSources,
} from './texts/textResolver.ts';
export { builtinTexts } from './texts/builtin/index.ts';
export { loadBuiltinTexts } from './texts/builtin/builtinTextsLoader.ts';

// What components need from a server (docs/services.md).
export {
  attachmentServiceOf,
  createInMemoryFormServices,
  type ActionResult,
  type Attachment,
  type AttachmentService,
  type AttachmentUpload,
  type DataListPage,
  type DataListQuery,
  type DataElementAttachments,
  type DataListService,
  type ExternalApiService,
  type FetchedOptions,
  type FileScanResult,
  type FormServices,
  type InMemorySeed,
  type LookupService,
  type OptionsQuery,
  type OptionsService,
  type OrderDetails,
  type OrderDetailsQuery,
  type OrderLine,
  type OrganisationLookupResult,
  type PaymentInformation,
  type PaymentService,
  type PaymentStart,
  type PaymentStatus,
  type PdfPreviewService,
  type PersonLookupResult,
  type Signee,
  type SigneeStatus,
  type SigningDocument,
  type SigningOrganisation,
  type SigningService,
  type SigningUser,
  type SubformEntry,
  type SubformEntryScope,
  type SubformEntryService,
  type TaskAction,
  type TaskActionOptions,
  type TaskActionService,
  type UploadOptions,
  type UploadProgress,
} from './services/index.ts';
