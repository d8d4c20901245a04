import type { ValidationIssueWithSource } from '../../wire/index.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { FormEngineOptions } from '../form/formEngine.ts';
import type { MaskInput } from './masks.ts';
import type { SubformEntriesState } from './subformRules.ts';
import type { PrecompiledModelValidators, SchemaBackend } from './schema/types.ts';

export type Severity = 'error' | 'warning' | 'info' | 'success';

/**
 * Which part of the engine (or which backend) found an issue; `custom` is a validator the host
 * registered for a component type (an agency's own component).
 */
export type ValidationSource =
  'schema' | 'invalidData' | 'required' | 'component' | 'custom' | 'expression' | 'backend';

/** A problem found in the data, before it is attached to a component. */
export interface Issue {
  /** Stable identity, for list keys; a `NodeIssue`'s key is unique across the whole form. */
  readonly key: string;
  readonly severity: Severity;
  readonly source: ValidationSource;
  /** The backend validator's `source` (`DataAnnotations`, `MyValidator`…), for backend issues. */
  readonly backendSource?: string;
  /** `ValidationMask` bit the issue belongs to; 0 = always visible (`showImmediately`). */
  readonly category: number;
  /** Text resource key; an unknown key is shown as written (expression and backend messages may be literal text). */
  readonly textKey: string;
  /** Values for `{0}`, `{1}`… in the text. */
  readonly params: readonly string[];
  /** Backend `customTextParameters`, readable by text variables with `dataSource: "customTextParameters"`. */
  readonly customTextParameters?: Readonly<Record<string, string>>;
  /** The data-model field the issue is about (`group[3].amount`), when it concerns one. */
  readonly dataType?: string;
  readonly field?: string;
}

/** An issue attached to a component of the form. */
export interface NodeIssue extends Issue {
  /** Indexed node id (`amount-3`). */
  readonly nodeId: string;
  readonly baseId: string;
  readonly page: string;
  /** The binding the issue was found on (`simpleBinding`…); absent for component-level issues (row counts). */
  readonly bindingKey?: string;
}

/** An issue with its message in one language: what `validateForm` returns. */
export interface ResolvedIssue extends NodeIssue {
  readonly message: string;
}

/**
 * A backend issue as the app API sends it (`ValidationIssueWithSource`; severity 1 error, 2 warning,
 * 3 informational, 4 fixed (ignored), 5 success), plus the display flags a host may set.
 */
export interface BackendValidationIssue extends Readonly<ValidationIssueWithSource> {
  readonly showImmediately?: boolean;
  readonly actLikeRequired?: boolean;
}

/** `validateOnNext` / `validateOnPrevious` / `validationOnNavigation` as layouts write it. */
export interface PageValidationConfig {
  readonly page: 'current' | 'currentAndPrevious' | 'all';
  /** Mask names (`Required`, `All`…). */
  readonly show: readonly string[];
}

export interface NavigationRequest {
  /** The page the user is leaving. */
  readonly from: string;
  readonly direction: 'next' | 'previous';
  /**
   * The button's own config (`validateOnNext`/`validateOnPrevious`, NavigationBar's
   * `validateOnForward`/`validateOnBackward`). A page's or Settings' `validationOnNavigation`
   * overrides it for forward navigation.
   */
  readonly buttonConfig?: PageValidationConfig;
}

/** The answer to "may the user go on?". */
export interface ValidationOutcome {
  /** False when `blocking` is not empty, or a data model could not be checked (`unchecked`). */
  readonly ok: boolean;
  /**
   * One issue per data model whose schema could not be checked (its validator could not be built
   * or failed): nothing may be submitted unchecked. Also listed in `taskIssues()`.
   */
  readonly unchecked?: readonly Issue[];
  /** Error-severity issues that stop the action, in page order then layout order. */
  readonly blocking: readonly NodeIssue[];
}

/** Work counters, so tests can prove incremental re-validation without timing anything. */
export interface ValidationStats {
  /** Component-level runs (required + component rules), one per node run. */
  readonly nodeRuns: number;
  /** Runs of the host's component validators (`componentValidators`). */
  readonly customRuns: number;
  /** Expression-validation conditions evaluated (one per concrete field and rule). */
  readonly expressionRuns: number;
  /** JSON Schema validator calls (a sub-tree or a whole model). */
  readonly schemaRuns: number;
  /** Data paths the schema validator was run at, most recent last (bounded). */
  readonly schemaRoots: readonly string[];
}

export interface FormValidatorOptions {
  /** Number of attachments a FileUpload/FileUploadWithTag node has; uploads live outside the form data. Default 0. */
  readonly attachmentsCount?: (node: LayoutNode) => number;
  /**
   * What a Subform node's entries are (count, `minCount`, entries with errors); they live in data
   * elements of their own, which the host lists. Undefined: nothing is known, nothing is checked.
   */
  readonly subformEntries?: (node: LayoutNode) => SubformEntriesState | undefined;
  /** Initial backend issues (`/validate`), grouped by their `source`. */
  readonly backendIssues?: readonly BackendValidationIssue[];
  /** Data type of a data element id, for backend issues that name one; default: the layout set's data type. */
  readonly dataTypeOfElement?: (dataElementId: string) => string | undefined;
  /**
   * The host's own checks, keyed by component type (case-insensitive), read when the validator is
   * created. Each runs like a built-in component rule: when the node's bound data or evaluated
   * properties change, not when other fields do.
   */
  readonly componentValidators?: Readonly<Record<string, ComponentValidator>>;
  /**
   * Data-model validators compiled at build time (`compileModelValidators` in `skjema/core/node`,
   * the default export of each generated module), keyed by data type. A data type listed here is
   * checked with them; the others with `schemaBackend`. See docs/schema-validation.md.
   */
  readonly precompiledValidators?: Readonly<Record<string, PrecompiledModelValidators>>;
  /**
   * Builds the validators of the data types that have no precompiled ones. Default: an
   * interpreting validator that needs no `new Function` (allowed under a strict CSP).
   */
  readonly schemaBackend?: SchemaBackend;
}

/** What a component type's own validator gets. */
export interface ComponentValidatorInput {
  /** The component in the form tree: indexed id, row, layout JSON, `evaluate` for expression properties. */
  readonly node: LayoutNode;
  /** The `simpleBinding` value in the node's row (undefined when unbound or empty). */
  readonly value: unknown;
  /** Every bound value in the node's row, by binding key. */
  readonly values: Readonly<Record<string, unknown>>;
}

/** The message of a custom issue: a text key (app text resources, then built-in texts) or plain text. */
export type ComponentValidatorMessage =
  | {
      /** Text resource key; `{0}`, `{1}`… in the text are filled from `params`, and params that are text keys are resolved. */
      readonly textKey: string;
      readonly params?: readonly (string | number)[];
      readonly text?: never;
    }
  | {
      /** Literal text, shown as written in every language. */
      readonly text: string;
      readonly textKey?: never;
      readonly params?: never;
    };

/** One problem a component's own validator found. */
export type ComponentValidatorIssue = ComponentValidatorMessage & {
  /** Default `error`: errors block navigation and submit, the others are soft messages. */
  readonly severity?: Severity;
  /** The binding the issue is about; default `simpleBinding` when the component has one. */
  readonly bindingKey?: string;
};

/**
 * A component type's own check of its bound values. It must not throw; if it does, the component
 * shows one error naming it (`validation.component_check_failed`) and the rest of the form works.
 */
export type ComponentValidator = (input: ComponentValidatorInput) => readonly ComponentValidatorIssue[];

/**
 * Validation of a running form. Issues are computed continuously from the data; a node's
 * visibility mask decides which of them are shown, raised by navigation, saving a row and submit.
 */
export interface FormValidator {
  /** The issues a node shows now (its visibility mask applied), errors first. */
  issuesFor(nodeId: string): readonly NodeIssue[];
  /** Every issue a node has, shown or not. */
  allIssuesFor(nodeId: string): readonly NodeIssue[];
  /** Every issue of every validated node, in page order then layout order. */
  allIssues(): readonly NodeIssue[];
  /** Every shown issue (for the error report), in page order. */
  visibleIssues(): readonly NodeIssue[];
  /**
   * Issues without a field, shown only in the error report: backend issues, and one error per data
   * model that could not be checked against its schema.
   */
  taskIssues(): readonly Issue[];
  /** Issues on fields that no visible component is bound to (schema, expression, backend). */
  unboundIssues(): readonly Issue[];
  /** The message of an issue in a language (default: the engine's). */
  message(issue: Issue, language?: string): string;

  /** Hears when what `issuesFor(nodeId)` returns changes. */
  subscribeNode(nodeId: string, listener: () => void): () => void;
  nodeVersion(nodeId: string): number;
  /** Hears any change in issues or visibility. */
  subscribe(listener: () => void): () => void;
  readonly version: number;

  /** Before leaving a page: raises visibility per the navigation config and tells whether to stay. */
  validateOnNavigation(request: NavigationRequest): ValidationOutcome;
  /** Saving/closing a repeating-group row; mask default = the group's `validateOnSaveRow` (none: nothing checked). */
  validateRow(groupNodeId: string, rowIndex: number, mask?: MaskInput): ValidationOutcome;
  /** Submit: shows everything (`All`, plus standard backend issues when asked) and returns the blocking errors. */
  validateAll(options?: { readonly includeBackend?: boolean }): ValidationOutcome;
  /** Raises visibility of the given nodes (or all) to include `mask`, without checking anything. */
  show(mask: MaskInput, nodeIds?: readonly string[]): void;

  /** Replaces the issues of one backend validator (a PATCH response's group). */
  setBackendIssues(source: string, issues: readonly BackendValidationIssue[]): void;
  /** Replaces every backend issue (initial `/validate`, or a 409 from process/next). */
  replaceBackendIssues(issues: readonly BackendValidationIssue[]): void;
  /** Re-reads attachment counts (after an upload or delete); all FileUpload nodes when no id is given. */
  refreshAttachments(nodeId?: string): void;
  /** Re-reads what is known about subform entries (`subformEntries`); all Subform nodes when no id is given. */
  refreshSubformEntries(nodeId?: string): void;

  readonly stats: ValidationStats;
  dispose(): void;
}

export interface ValidateFormOptions extends FormValidatorOptions {
  /** Language of the messages; default `nb`. */
  readonly language?: string;
  /** Other data models, keyed by data type. */
  readonly dataModels?: Readonly<Record<string, unknown>>;
  /** Instance, process and settings for expressions, as `FormEngineOptions.environment`. */
  readonly environment?: FormEngineOptions['environment'];
  /**
   * The component types the form knows, built-in and the agency's own (their display values,
   * required rules and checks), as `FormEngineOptions.componentTypes`; default: the built-in types.
   */
  readonly componentTypes?: FormEngineOptions['componentTypes'];
}

/** What the browser shows after submit, computed without one. */
export interface ValidateFormResult {
  /** True when no error-severity issue blocks submit. */
  readonly ok: boolean;
  /** Every issue shown after submit, in page order, with its message. */
  readonly issues: readonly ResolvedIssue[];
  /** Backend issues without a field, with their message. */
  readonly taskIssues: readonly (Issue & { readonly message: string })[];
}
