export { createFormValidator } from './formValidator.ts';
export { validateForm } from './validateForm.ts';
export type { SubformEntriesState } from './subformRules.ts';
export { isVisibleUnder, toMask, ValidationMask, type MaskInput, type ValidationMaskName } from './masks.ts';
export type {
  BackendValidationIssue,
  ComponentValidator,
  ComponentValidatorInput,
  ComponentValidatorIssue,
  ComponentValidatorMessage,
  FormValidator,
  FormValidatorOptions,
  Issue,
  NavigationRequest,
  NodeIssue,
  PageValidationConfig,
  ResolvedIssue,
  Severity,
  ValidateFormOptions,
  ValidateFormResult,
  ValidationOutcome,
  ValidationSource,
  ValidationStats,
} from './types.ts';
export type {
  ModelSchemaError,
  ModelValidateFunction,
  PrecompiledModelValidators,
  SchemaBackend,
} from './schema/types.ts';
