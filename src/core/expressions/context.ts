import type { ExpressionFormat, ExprLiteral } from './types.ts';

/** Keys `["instanceContext", key]` accepts; anything else is a runtime error raised by the engine. */
export const INSTANCE_CONTEXT_KEYS = [
  'instanceId',
  'appId',
  'instanceOwnerPartyId',
  'instanceOwnerPartyType',
  'instanceOwnerName',
] as const;
export type InstanceContextKey = (typeof INSTANCE_CONTEXT_KEYS)[number];

/** Named arguments for `["value", key?]`, e.g. `{ data: { value, label }, defaultKey: 'value' }` in optionFilter. */
export interface ValueArguments {
  readonly data: Readonly<Record<string, unknown>>;
  readonly defaultKey: string;
}

/** Where `linkToComponent` sends the user: the page holding the target and its row-indexed id. */
export interface ComponentLocation {
  readonly page: string;
  readonly indexedId: string;
}

/**
 * Everything the expression functions need from the outside world, implemented by the host (the
 * node tree, a test harness, the validation runner…). Every method is optional so small hosts only
 * provide what they support; calling a function whose source is missing is a runtime error
 * ("… is not available in this context") that falls back to the default value like any other.
 *
 * Methods report failures by throwing `ExpressionRuntimeError` (from `errors.ts`) with the reference
 * message; the engine attaches the pointer of the failing sub-expression. Values may be returned
 * raw: the engine casts them to the function's declared type and turns `undefined` into null.
 */
export interface ExpressionContext {
  /**
   * The language version of the app the expression belongs to (`v9` when absent): v8 apps lack
   * `list`, `object`, `jmespath`, `sum`, `average` and `count`, and their `dataModel` reads lists
   * and objects as null.
   */
  readonly format?: ExpressionFormat;

  /**
   * Raw value at a dot path (`a.b[0].c`) in the data model of `dataType` (null = the default type).
   * The host applies row transposition (fills missing indexes from the current row location).
   * Return `undefined` when nothing is there; objects/arrays are returned as they are (`dataModel`
   * gives them to v9 expressions as lists and objects and to v8 ones as null;
   * `_experimentalSelectAndMap` reads arrays). The engine never changes them. Unknown data type:
   * throw `Data model with type ${dataType} not found`.
   */
  dataModel?(path: string, dataType: string | null): unknown;

  /**
   * Value bound to `simpleBinding` of the component `id`, resolved relative to the current row.
   * Null when the target is hidden. Throw `Unable to find component with identifier ${id}` for an
   * unknown id (or one in an unrelated repeating context) and
   * `Component ${id} does not have a simpleBinding` when it has no binding.
   */
  component?(id: string): unknown;

  /**
   * Display text of component `id` (option label, formatted number…); null when hidden, `""` when
   * empty. Throw `Component with identifier ${id} (type X) does not have a displayValue` when the
   * type has none, and the same unknown-id message as `component`.
   */
  displayValue?(id: string): string | null;

  /** Instance fields; return null/undefined when there is no instance or no value (see `instance-context.ts`). */
  instanceContext?(key: InstanceContextKey): string | null | undefined;

  /**
   * Permission of the current task: `read`, `write` or an action name. Return `undefined` for a key
   * the task does not know; the engine then raises `Unknown Auth context property ${key} for task ${taskId}`.
   */
  authContext?(key: string): boolean | null | undefined;

  /** One value from applicationsettings (`frontendSettings`); `undefined` when absent. */
  frontendSettings?(key: string): unknown;

  /** Text resource with variables resolved, markdown untouched; `undefined`/null when unknown (the key is then used). */
  text?(key: string): string | null | undefined;

  /** Current language code (`nb`, `nn`, `en`, …). Defaults to `nb` when absent. */
  language?(): string;

  /**
   * Text-resolved label of the option whose value loosely equals `value`; null if none or while
   * the list is still loading. Return `undefined` when the app has no code list `optionsId` at
   * all; the engine then raises `Could not find options with id ${optionsId}`.
   */
  optionLabel?(optionsId: string, value: ExprLiteral): string | null | undefined;

  /** The whole result of external API `apiId` (the engine picks the path); `undefined` when not loaded. */
  externalApi?(apiId: string): unknown;

  /** Number of instance data elements with this data type (0 when stateless). */
  countDataElements?(dataType: string): number;

  /** Current process task id (`Task_1`), null when stateless; used in links and auth error messages. */
  taskId?(): string | null;

  /** `partyId/guid` of the instance, or null when the app runs stateless (links then become `/{page}`). */
  instanceId?(): string | null;

  /** Page (layout key) the expression is evaluated on; used for `backToPage`. */
  currentPage?(): string | null;

  /** Page and indexed id of component `id`; throw `Unable to find component with identifier ${id}` if unknown. */
  componentLocation?(id: string): ComponentLocation;

  /** Positional arguments for `argv`; null/undefined or empty when the context provides none. */
  positionalArguments?(): readonly unknown[] | null | undefined;

  /** Named arguments for `value`; null/undefined when the context provides none. */
  valueArguments?(): ValueArguments | null | undefined;
}
