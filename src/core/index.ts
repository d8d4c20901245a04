/**
 * skjema/core: the framework-free form engine. Runs in Node and in browsers; no React, no DOM.
 * File-system helpers for Node live in `skjema/core/node`.
 */
export { loadLayoutSet, type LoadLayoutSetOptions } from './app/loadLayoutSet.ts';
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
} from './schemas/altinnSchemaChecker.ts';
export { FormData, type DataBinding } from './data/formData.ts';
export { DataModelStore, type DataChangeListener } from './data/store.ts';
export { formatPath, getAtPath, parsePath, type PathSegment } from './data/path.ts';
export { createFormEngine, FormEngine, type FormEngineOptions, type FormNode } from './form/index.ts';
export {
  createTextResolver,
  type TextResolver,
  type TextResolveOptions,
  type TextVariableSources,
} from './texts/textResolver.ts';
export * from './save/index.ts';
export * from './components/index.ts';
export {
  createFormSession,
  type FormSession,
  type FormSessionOptions,
  type NavigationResult,
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
export { builtinTexts } from './texts/builtin/index.ts';
export * from './expressions/index.ts';
export type { FormEnvironment, FormTree, LayoutNode, PageNode, RowNode } from './tree/index.ts';
export * from './validation/index.ts';
