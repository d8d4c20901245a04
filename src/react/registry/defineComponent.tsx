import type { ComponentType } from 'react';
import type { DisplayValueContext, MissingValue } from '../../core/components/definition.ts';
import type { FormData } from '../../core/data/formData.ts';
import type { FormNode } from '../../core/form/index.ts';
import type { ComponentValidatorInput, ComponentValidatorIssue } from '../../core/validation/index.ts';
import type { ComponentDefinition, ConfiguredComponentProps, SkjemaComponentProps } from './types.ts';

/** A component's JSON as the layout wrote it, bindings normalised to `{ dataType, field }`. */
type LayoutComponent = FormNode['component'];

/** What a configured component's validator gets: the node, its bound values and its typed config. */
export interface ConfiguredValidatorInput<TConfig> extends ComponentValidatorInput {
  readonly config: TConfig;
}

/** A component definition whose render, validator, display value and required rule get the component's layout properties, typed. */
export interface ConfiguredComponentSpec<TConfig> extends Omit<
  ComponentDefinition,
  'render' | 'validate' | 'displayValue' | 'required'
> {
  /**
   * Reads the component's own properties from its layout JSON (bindings normalised) into the
   * shape the component works with. Layout JSON is unchecked input, so check each property here.
   * Called once per component in the layout, not per row or render.
   */
  config: (component: LayoutComponent) => TConfig;
  render: ComponentType<ConfiguredComponentProps<TConfig>>;
  validate?: (input: ConfiguredValidatorInput<TConfig>) => readonly ComponentValidatorIssue[];
  displayValue?: (node: FormNode, context: DisplayValueContext, config: TConfig) => string;
  required?: (node: FormNode, data: FormData, config: TConfig) => readonly MissingValue[];
}

/**
 * A component definition with typed layout properties: `config` reads them once, and `render`,
 * `validate`, `displayValue` and `required` get the result. The returned definition registers
 * like any other.
 */
export function defineComponent<TConfig>(spec: ConfiguredComponentSpec<TConfig>): ComponentDefinition {
  const { config: read, render: Render, validate, displayValue, required, ...rest } = spec;
  // Rows of a repeating group share their layout component, so this parses each component once.
  const parsed = new WeakMap<LayoutComponent, TConfig>();
  const configOf = (component: LayoutComponent): TConfig => {
    if (parsed.has(component)) return parsed.get(component) as TConfig;
    const config = read(component);
    parsed.set(component, config);
    return config;
  };

  function ConfiguredComponent({ node }: SkjemaComponentProps) {
    return <Render node={node} config={configOf(node.component)} />;
  }
  ConfiguredComponent.displayName = `Configured(${spec.type})`;

  return {
    ...rest,
    render: ConfiguredComponent,
    validate: validate && ((input) => validate({ ...input, config: configOf(input.node.component) })),
    displayValue: displayValue && ((node, context) => displayValue(node, context, configOf(node.component))),
    required: required && ((node, data) => required(node, data, configOf(node.component))),
  };
}
