import type { ComponentTypes } from '../components/registry.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** A data-model binding after normalisation: string bindings get the layout set's default data type. */
export interface DataBinding {
  readonly dataType: string;
  readonly field: string;
}

/**
 * A component as the tree uses it: canonical `type` (or the type as written when unknown), bindings
 * as `{dataType, field}`, every other property as written in the layout file.
 */
export interface NormalizedComponent {
  readonly id: string;
  readonly type: string;
  readonly dataModelBindings?: Readonly<Record<string, DataBinding>>;
  readonly textResourceBindings?: Readonly<Record<string, unknown>>;
  readonly hidden?: unknown;
  readonly [property: string]: unknown;
}

/** Where a container keeps a child, which decides whether the child repeats per row. */
export type ChildPlacement = 'static' | 'row';

export interface ChildReference {
  readonly id: string;
  /** JSON pointer of the reference inside the page file (`/data/layout/4/children/1`). */
  readonly pointer: string;
  readonly placement: ChildPlacement;
  /** Inner page of a RepeatingGroup with `edit.multiPage` (`"2:field"` → 2). */
  readonly multiPageIndex?: number;
}

export interface ComponentEntry {
  readonly component: NormalizedComponent;
  readonly page: string;
  /** JSON pointer of the component in its page file (`/data/layout/4`); synthetic components point at their origin. */
  readonly pointer: string;
  /** False for a type outside the 61 known ones; such components are kept so the renderer can show a placeholder. */
  readonly known: boolean;
  /** Set for components generated during normalisation (the LikertItem of a Likert). */
  readonly syntheticOf?: string;
  readonly parent?: string;
  /** Resolved children, in the order the container lists them; unresolvable references are left out. */
  readonly children: readonly ChildReference[];
}

export interface NormalizedPage {
  readonly key: string;
  readonly file?: string;
  /** The page's `data.hidden` expression as written (undefined when absent). */
  readonly hidden: unknown;
  /** Components without a parent, in layout order. */
  readonly topLevel: readonly string[];
  /** Every component kept on the page, in layout order (synthetic ones right after their origin). */
  readonly componentIds: readonly string[];
  /** Other `data.*` properties (`expandedWidth`, `validationOnNavigation`, …). */
  readonly settings: Readonly<Record<string, unknown>>;
}

export interface NormalizedLayouts {
  readonly pages: readonly NormalizedPage[];
  readonly components: ReadonlyMap<string, ComponentEntry>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface NormalizeInput {
  /** Page key → layout file as parsed JSON (`{ data: { layout: [...] } }`). */
  readonly layouts: Readonly<Record<string, unknown>>;
  /** Data type that string bindings refer to (the layout set's `dataType`). */
  readonly defaultDataType: string;
  /** App-relative file of a page, used to locate diagnostics. */
  readonly fileOf?: (page: string) => string | undefined;
  /** Where each type names its children; default: the built-in types. */
  readonly componentTypes?: ComponentTypes;
}
