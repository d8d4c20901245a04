import type { ComponentValidator } from '../../core/validation/index.ts';
import type { ComponentDefinition } from './types.ts';

/**
 * Maps layout component types to their React definitions. Registering a type that exists
 * replaces it, which is how an agency swaps a built-in component for its own.
 */
export class ComponentRegistry {
  private readonly byType = new Map<string, ComponentDefinition>();

  constructor(definitions: Iterable<ComponentDefinition> = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: ComponentDefinition): this {
    this.byType.set(definition.type.toLowerCase(), definition);
    return this;
  }

  get(type: string): ComponentDefinition | undefined {
    return this.byType.get(type.toLowerCase());
  }

  types(): string[] {
    return [...this.byType.values()].map((definition) => definition.type).sort();
  }

  /** The definitions' own validators by type, for the form's validator (`componentValidators`). */
  validators(): Record<string, ComponentValidator> {
    const out: Record<string, ComponentValidator> = {};
    for (const definition of this.byType.values()) if (definition.validate) out[definition.type] = definition.validate;
    return out;
  }

  /** A new registry with this one's definitions plus (or replaced by) `definitions`. */
  extend(definitions: Iterable<ComponentDefinition>): ComponentRegistry {
    return new ComponentRegistry([...this.byType.values(), ...definitions]);
  }
}
