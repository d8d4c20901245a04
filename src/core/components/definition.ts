import type { DataBinding, FormData } from '../data/formData.ts';
import type { NormalizedComponent } from '../layout/types.ts';
import type { DataElement, LayoutNode } from '../tree/types.ts';
import type { ComponentValidator, Severity } from '../validation/types.ts';
import type { SubformEntriesState } from '../validation/subformRules.ts';
import type { RawChildReference } from './children.ts';

/**
 * What kind of component a type is. `form` components hold data (required marker, summaries list
 * them); `container` components render their children themselves.
 */
export type ComponentCategory = 'form' | 'presentation' | 'action' | 'container';

/** Which `dataModelBindings` keys mean what to a type. */
export interface ComponentBindings {
  /** The key of the one value the component holds (`simpleBinding`), when it holds one. */
  readonly simple?: string;
  /**
   * The key of the array whose items are the component's rows (`group`; a Likert's `questions`):
   * a type with one repeats its row children once per item.
   */
  readonly rows?: string;
  /** True when the simple binding holds several values, comma-separated (Checkboxes, MultipleSelect). */
  readonly multiple?: boolean;
  /**
   * True when a `group` binding holds the chosen options as rows (the object-list mode of
   * Checkboxes, MultipleSelect and List): a write inside a row changes the component's value.
   */
  readonly rowChoice?: boolean;
}

/** What a display value may read, in the node's row and the form's language. */
export interface DisplayValueContext {
  /** The value bound under `bindingKey` (undefined when unbound or its data model is missing). */
  value(bindingKey: string): unknown;
  /** The same value as text: `''` for unbound, empty, null, object and array values. */
  text(bindingKey: string): string;
  /** The label of one of the node's options in the form's language, or the value itself when no option has it. */
  optionLabel(value: string): string;
  /** The instance's data elements (uploaded attachments among them). */
  dataElements(): readonly DataElement[];
  /** The form's language (`nb`, `nn`, `en`…). */
  readonly language: string;
}

/** A bound value that `required` finds missing. */
export interface MissingValue {
  readonly bindingKey: string;
  readonly binding: DataBinding;
  /** The binding whose field name the message uses; default `bindingKey`. */
  readonly nameOf?: string;
}

/** What a type's built-in rules may read besides the node: data, and what lives outside it. */
export interface ComponentRuleContext {
  readonly data: FormData;
  readonly attachmentsCount: (node: LayoutNode) => number;
  readonly subformEntries: (node: LayoutNode) => SubformEntriesState | undefined;
  readonly today: () => Date;
}

/** One problem a type's built-in rule found; the validator turns it into a component issue. */
export interface ComponentRuleFinding {
  readonly textKey: string;
  readonly params: readonly string[];
  readonly bindingKey?: string;
  readonly severity?: Severity;
  /** The validation mask category; default `Component`. */
  readonly category?: number;
}

/** Data the host keeps outside the form data that a type's rules read, so a change there re-runs them. */
export type OutsideData = 'attachments' | 'subformEntries';

/**
 * Everything the engine knows about one layout component type, without a renderer: the same
 * definition serves Node (validation, `skjema check`) and every renderer, which adds how it draws
 * the type. Built-in types and an agency's own are registered the same way (`ComponentTypes`);
 * a part left out means the type has none (or, when a built-in type is replaced, keeps the
 * built-in one).
 */
export interface ComponentTypeDefinition {
  /** The layout `type`, e.g. `Input` or an agency's own `OrgNumberInput`; looked up case-insensitively. */
  readonly type: string;
  readonly category?: ComponentCategory;
  readonly bindings?: ComponentBindings;
  /**
   * Where the component names its children in its layout JSON (§1.6). Without it a type's
   * children are its plain `children` array, so an unknown container still owns its children.
   */
  readonly children?: (component: Readonly<Record<string, unknown>>) => RawChildReference[];
  /**
   * The text the component's answer reads as in summaries, tables and `["displayValue", id]`.
   * Without it the type has no display value (null, and the expression fails).
   */
  readonly displayValue?: (node: LayoutNode, context: DisplayValueContext) => string;
  /** The answer as separate entries (the labels of each chosen option), for summaries that list them. */
  readonly displayValueParts?: (node: LayoutNode, context: DisplayValueContext) => string[];
  /**
   * Which bound values are missing when the component is `required`. Without it every bound
   * value but row arrays (`group`, `questions`) must be filled (`missingValues`).
   */
  readonly required?: (node: LayoutNode, data: FormData) => readonly MissingValue[];
  /** The type's built-in checks of its own value (length, date range, number of files). */
  readonly rules?: (node: LayoutNode, context: ComponentRuleContext) => readonly ComponentRuleFinding[];
  /**
   * The component the type repeats in each of its rows, generated from its own layout JSON when
   * the layout is read (a Likert's LikertItem, one per question).
   */
  readonly rowComponent?: (component: NormalizedComponent) => NormalizedComponent;
  /**
   * Whether one of the component's rows is hidden, by the type's own rule instead of the
   * `hiddenRow` expression (a Likert shows only the rows inside its `filter`).
   */
  readonly rowHidden?: (component: Readonly<Record<string, unknown>>, rowIndex: number) => boolean;
  /**
   * Whether the type keeps one of its children out of its edit form by its own configuration (a
   * RepeatingGroup in `hideTable` mode, for a column with `showInExpandedEdit: false`). In v9
   * apps `["component", id]` and `["displayValue", id]` read such a child, and everything inside
   * it, as hidden (null), as the reference does; the child is still shown where the type shows it
   * (its table cell) and is not otherwise hidden.
   */
  readonly childHidden?: (component: Readonly<Record<string, unknown>>, childId: string) => boolean;
  /** What `rules` read outside the form data. */
  readonly outsideData?: OutsideData;
  /**
   * The type's own check of its bound values (an organisation number's checksum), run next to
   * the built-in rules; its issues are `custom` ones. Read when the form starts.
   */
  readonly validate?: ComponentValidator;
}
