import { builtinComponentTypes } from '../../core/components/builtin.ts';
import type { ComponentTypes } from '../../core/components/registry.ts';
import type { ComponentValidator } from '../../core/validation/index.ts';
import type { ComponentDefinition } from './types.ts';

/**
 * Maps layout component types to their definitions. Registering a type that exists replaces how
 * it renders, which is how an agency swaps a built-in component for its own; what the engine
 * knows of the type (display value, required rule, checks) is replaced only in the parts the new
 * definition gives (`componentTypes`).
 */
export class ComponentRegistry {
  private readonly byType = new Map<string, ComponentDefinition>();
  private engineTypes: ComponentTypes | undefined;

  constructor(definitions: Iterable<ComponentDefinition> = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: ComponentDefinition): this {
    this.byType.set(definition.type.toLowerCase(), definition);
    this.engineTypes = undefined;
    return this;
  }

  get(type: string): ComponentDefinition | undefined {
    return this.byType.get(type.toLowerCase());
  }

  types(): string[] {
    return [...this.byType.values()].map((definition) => definition.type).sort();
  }

  /**
   * The engine's view of these definitions, for `createFormEngine({ componentTypes })` and
   * `validateForm`: the built-in types, with every registered definition's engine parts on top.
   * A registry that leaves a built-in type out does not render it, but the engine still knows it.
   */
  componentTypes(): ComponentTypes {
    this.engineTypes ??= builtinComponentTypes.extend(this.byType.values());
    return this.engineTypes;
  }

  /** The definitions' own validators by type, for the form's validator (`componentValidators`). */
  validators(): Record<string, ComponentValidator> {
    const out: Record<string, ComponentValidator> = {};
    for (const definition of this.byType.values()) if (definition.validate) out[definition.type] = definition.validate;
    return out;
  }

  /**
   * Loads the renderers of `types` whose definitions load them on demand (`lazyComponent`, every
   * built-in type), all at once; settles when each has loaded or failed (a failed type shows an
   * error in place of its components). Types without a definition or with an eager one cost
   * nothing.
   */
  load(types: Iterable<string>): Promise<void> {
    const loads: Promise<void>[] = [];
    for (const type of types) {
      const renderer = this.get(type)?.lazyRenderer;
      if (renderer && !renderer.settled) loads.push(renderer.load());
    }
    return Promise.all(loads).then(() => undefined);
  }

  /** Loads every registered type's renderer: for tools that render any page (`skjema check`, tests). */
  loadAll(): Promise<void> {
    return this.load(this.byType.keys());
  }

  /** True when every one of `types` renders synchronously now: loaded, failed, or not lazy. */
  isLoaded(types: Iterable<string>): boolean {
    for (const type of types) {
      const renderer = this.get(type)?.lazyRenderer;
      if (renderer && !renderer.settled) return false;
    }
    return true;
  }

  /** A new registry with this one's definitions plus (or replaced by) `definitions`. */
  extend(definitions: Iterable<ComponentDefinition>): ComponentRegistry {
    return new ComponentRegistry([...this.byType.values(), ...definitions]);
  }
}
