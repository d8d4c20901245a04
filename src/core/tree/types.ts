import type {
  AppOption,
  TextResourceEntry as WireTextResourceEntry,
  TextResourceVariable as WireTextResourceVariable,
} from '../../wire/index.ts';
import type { DataModelStore } from '../data/store.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type {
  ExpectedType,
  ExpectedTypeMap,
  ExpressionContext,
  ExpressionFormat,
  ValueArguments,
} from '../expressions/index.ts';
import type { ComponentTypes } from '../components/registry.ts';
import type { DataBinding, NormalizedComponent } from '../layout/types.ts';

// Texts and code lists come as the app API serves them (`null` where a field is unset).
export type TextResourceVariable = Readonly<WireTextResourceVariable>;

export interface TextResourceEntry extends Readonly<Omit<WireTextResourceEntry, 'variables'>> {
  readonly variables?: readonly TextResourceVariable[] | null;
}

export type CodeListOption = Readonly<AppOption>;

/** An instance data element as the app API returns it (only the fields the tree reads are named). */
export interface DataElement {
  readonly id: string;
  readonly dataType: string;
  readonly filename?: string | null;
  readonly [field: string]: unknown;
}

/**
 * Everything outside the layout and the data models that expressions may read. Every part is
 * optional; a missing part behaves like an app that has none (no instance → stateless links, …).
 */
export interface FormEnvironment {
  /** The instance object of the app API (`id`, `appId`, `instanceOwner`, `data`, `process`…); absent when stateless. */
  readonly instance?: Readonly<Record<string, unknown>> | null;
  /** Process state; `currentTask` (`elementId`, `read`, `write`, `actions`) feeds `authContext` and links. */
  readonly process?: Readonly<Record<string, unknown>> | null;
  /** Permissions of the current task, merged over `process.currentTask` (`read`, `write`, `actions`). */
  readonly permissions?: {
    readonly read?: boolean;
    readonly write?: boolean;
    readonly actions?: Readonly<Record<string, boolean>>;
  };
  /** applicationsettings (`frontendSettings`). */
  readonly frontendSettings?: Readonly<Record<string, unknown>>;
  /** Text resources of `language`. */
  readonly textResources?: readonly TextResourceEntry[];
  /** Built-in texts of `language` (keys like `general.required`), looked up after the app's texts. */
  readonly builtinTexts?: Readonly<Record<string, string>>;
  /** Current language code; defaults to `nb`. */
  readonly language?: string;
  /** Static or fetched code lists by options id (`optionLabel`, options components' display values). */
  readonly codeLists?: Readonly<Record<string, readonly CodeListOption[]>>;
  /** Results of external APIs by id. */
  readonly externalApis?: Readonly<Record<string, unknown>>;
  /** Instance data elements; defaults to `instance.data`. */
  readonly dataElements?: readonly DataElement[];
  /** True when the app runs without an instance. */
  readonly stateless?: boolean;
  /** The page the user is on (`backToPage` of links); defaults to the page of the evaluating node. */
  readonly currentPage?: () => string | undefined;
}

export interface FormTreeInput {
  /** Page key → raw layout file. */
  readonly layouts: Readonly<Record<string, unknown>>;
  /** Pages in navigation order; a page outside it is hidden. */
  readonly pageOrder: readonly string[];
  /** Data type of the layout set; string bindings and `["dataModel", path]` refer to it. */
  readonly defaultDataType: string;
  readonly dataModels: Readonly<Record<string, DataModelStore>>;
  readonly fileOf?: (page: string) => string | undefined;
  readonly environment?: FormEnvironment;
  /** What the form knows about each component type (display values…); default: the built-in types. */
  readonly componentTypes?: ComponentTypes;
  /** The app's format, which decides the expression language version (`v9` when absent). */
  readonly format?: ExpressionFormat;
}

/** Where an expression runs: a node (its row is the data context) or just a page. */
export interface EvaluationSite {
  readonly node?: LayoutNode;
  readonly page?: string;
  /**
   * The row (`Group[1]`) to use instead of the node's own, for expressions that run per row of
   * another group: labels of options built from a repeating group's rows.
   */
  readonly location?: { readonly dataType: string; readonly path: string };
  readonly positionalArguments?: readonly unknown[];
  readonly valueArguments?: ValueArguments;
}

export interface FormTree {
  readonly pages: readonly PageNode[];
  page(key: string): PageNode | undefined;
  /** A node by indexed id (`field-0-1`) or, outside repeating groups, by its plain id. */
  node(indexedId: string): LayoutNode | undefined;
  /** Layout problems plus expression errors found so far (each reported once). */
  readonly diagnostics: readonly Diagnostic[];
  /** Fires after a data change with the ids of nodes whose evaluated values, hidden state or rows changed. */
  subscribe(listener: (changedNodeIds: ReadonlySet<string>) => void): () => void;
  /** How many expression evaluations have run; for tests that count work. */
  readonly evaluationCount: number;
  /** How many repeating-group rows have been expanded into nodes; for tests that count work. */
  readonly rowExpansionCount: number;
  /** How many array items row reconciling has looked at (ten thousand rows and one added: one); for tests that count work. */
  readonly rowVisitCount: number;
  /** How many cached values (hidden states, evaluated properties) have been made; for tests that count work. */
  readonly cellCount: number;
  /** Expression host for other evaluators (validation, option filters) at a node or page; reads are not cached. */
  expressionContext(site: EvaluationSite): ExpressionContext;
  /** Evaluates an arbitrary expression at a site, uncached; errors come back as a message. */
  evaluateAt<T extends ExpectedType, D>(
    site: EvaluationSite,
    expression: unknown,
    expected: T,
    defaultValue: D,
  ): { value: ExpectedTypeMap[T] | D; error?: string };
  dispose(): void;
}

export interface PageNode {
  readonly key: string;
  readonly file?: string;
  readonly children: readonly LayoutNode[];
  /** `data.hidden` of the page, or the page not being in the page order. */
  isHidden(): boolean;
  /** Other `data.*` settings of the page file. */
  readonly settings: Readonly<Record<string, unknown>>;
}

export interface RowNode {
  /** The row's `altinnRowId` (or `#<index>` when the data has none). */
  readonly key: string;
  readonly index: number;
  /** Data-model path of the row object (`Group[2]`), in `dataType`. */
  readonly path: string;
  readonly dataType: string;
  readonly children: readonly LayoutNode[];
  /** The group's `hiddenRow` for this row (Likert: outside its `filter`). */
  isHidden(): boolean;
  /** Whether anything can hide the row (`hiddenRow`, a type's row filter): the same for every row of a group. */
  canHide(): boolean;
  /**
   * Value of one of the group's expression properties evaluated for this row (`edit.deleteButton`,
   * `edit.alertOnDelete`, …), so `["dataModel", "Group.field"]` reads this row's field. Cached like
   * `LayoutNode.evaluate`; a change is reported as a change of the group node.
   */
  evaluate<T extends ExpectedType, D>(property: string, expected: T, defaultValue: D): ExpectedTypeMap[T] | D;
}

export interface LayoutNode {
  /** Indexed id: the base id plus `-<row>` per enclosing repeating group (`comp-0-1`). */
  readonly id: string;
  readonly baseId: string;
  readonly type: string;
  readonly page: string;
  /** Row index per enclosing repeating group, outermost first. */
  readonly rowIndices: readonly number[];
  readonly component: Readonly<NormalizedComponent>;
  /** Bindings transposed to this node's row (`Group[1].Inner[0].field`). */
  readonly bindings: Readonly<Record<string, DataBinding>>;
  readonly parent?: LayoutNode;
  /** Static children (everything except repeating rows). */
  readonly children: readonly LayoutNode[];
  /** Rows of a RepeatingGroup or Likert. */
  readonly rows?: readonly RowNode[];
  /** The row this node belongs to, if any. */
  readonly row?: RowNode;
  /** For RepeatingGroup children written as `"N:id"`: the inner page N. */
  readonly multiPageIndex?: number;
  /** False for an unknown component type (render a placeholder). */
  readonly known: boolean;
  /** Own `hidden`, any ancestor's, the row's `hiddenRow`, the page's `hidden`, or the page not in the order. */
  isHidden(): boolean;
  /**
   * Value of an expression property (`hidden`, `required`, `textResourceBindings.title`, …), cached
   * until data it read changes. Failing expressions yield `defaultValue` and add a diagnostic.
   */
  evaluate<T extends ExpectedType, D>(property: string, expected: T, defaultValue: D): ExpectedTypeMap[T] | D;
  /** The component's display text (what `["displayValue", id]` returns), ignoring hidden-ness. */
  displayValue(): string | null;
  /** The label of each chosen value of Checkboxes and MultipleSelect (null for other types). */
  displayValueParts(): readonly string[] | null;
}
