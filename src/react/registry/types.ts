import type { ComponentType } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import type { ComponentCategory, ComponentTypeDefinition } from '../../core/components/definition.ts';
import type { ComponentValidator } from '../../core/validation/index.ts';
import type { SummaryOverride } from '../components/Summary2/overrides.ts';
import type { LazyRenderer } from './lazyRenderer.ts';

/** What every component receives: its node in the form tree (indexed id, transposed bindings, evaluated properties). */
export interface SkjemaComponentProps {
  node: FormNode;
}

/**
 * What a component made with `defineComponent` receives: its node, plus its own layout
 * properties as the definition's `config` reader typed them.
 */
export interface ConfiguredComponentProps<TConfig> extends SkjemaComponentProps {
  readonly config: TConfig;
}

/**
 * A layout component type: the engine's knowledge of it (`ComponentTypeDefinition` of
 * `skjema/core`: display value, required rule, checks, children, bindings) plus how it renders.
 * Built-in types are their core definition with a renderer added; agencies register their own
 * definitions the same way, to add types or to replace a built-in one. The renderer looks types
 * up case-insensitively.
 */
export interface ComponentDefinition extends ComponentTypeDefinition {
  /** The layout `type` this definition renders, e.g. `Input` or an agency's own `OrgNumberLookup`. */
  readonly type: string;
  readonly render: ComponentType<SkjemaComponentProps>;
  /**
   * `form` components hold data (they get the required marker banner and, later, validation);
   * `container` components render their children themselves.
   */
  readonly category: ComponentCategory;
  /**
   * True when the component shows its own error messages in its field (from `useNodeValidation`),
   * so the renderer does not repeat them under it. Soft messages are always shown by the renderer.
   */
  readonly showsOwnErrors?: boolean;
  /**
   * The type's own check of its bound values (an organisation number's checksum), run by the
   * form's validator alongside the built-in rules: its issues are shown, gated by
   * `showValidations` and block next and submit like theirs. Read when the form starts.
   */
  readonly validate?: ComponentValidator;
  /**
   * How the component's answer shows in Summary and Summary2, when its display value (plain text,
   * `displayValue`) is not enough: a list of entries, a table, a file list. It renders the value
   * part of the component's line; the summary draws the title (`summaryTitle`, else `title`), the
   * change button and the errors around it. A type with a `summary` is always listed, whatever
   * its category, so it decides itself what to say when it is empty.
   */
  readonly summary?: ComponentType<SkjemaSummaryProps>;
  /**
   * Set on definitions made with `lazyComponent` (every built-in type): `render` and `summary`
   * are only the real components once this has loaded. The form loads it for the types of a page
   * before showing the page (`ComponentRegistry.load`).
   */
  readonly lazyRenderer?: LazyRenderer;
}

/** What a component's own summary receives. */
export interface SkjemaSummaryProps {
  node: FormNode;
  /**
   * The Summary2 `overrides` that apply to this component (by type, then by id), merged; empty
   * in Summary (v1) and without overrides.
   */
  override: SummaryOverride;
}
