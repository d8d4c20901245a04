import type { ComponentValidator } from '../validation/types.ts';
import type { ComponentTypeDefinition } from './definition.ts';

/** The parts of a definition the engine reads; a renderer's own parts (how to draw it) are not kept here. */
const ENGINE_PARTS = [
  'category',
  'bindings',
  'children',
  'displayValue',
  'displayValueParts',
  'required',
  'rules',
  'outsideData',
  'rowHidden',
  'childHidden',
  'rowComponent',
  'validate',
] as const satisfies readonly (keyof ComponentTypeDefinition)[];

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The engine's component types by name, looked up case-insensitively (apps write `input` and
 * `INPUT`). Adding a definition for a type that is already here replaces the parts it gives and
 * keeps the others, so an agency that swaps a built-in type's renderer, or only its display
 * value, keeps the built-in required rule and checks.
 */
export class ComponentTypes {
  private readonly byType = new Map<string, ComponentTypeDefinition>();

  constructor(definitions: Iterable<ComponentTypeDefinition> = []) {
    for (const definition of definitions) this.add(definition);
  }

  get(type: string): ComponentTypeDefinition | undefined {
    return this.byType.get(type.toLowerCase());
  }

  /** Every type's name, as its latest definition spells it, sorted. */
  types(): string[] {
    return [...this.byType.values()].map((definition) => definition.type).sort();
  }

  /** The types' own validators, keyed by type (`componentValidators` of the form's validator). */
  validators(): Record<string, ComponentValidator> {
    const out: Record<string, ComponentValidator> = {};
    for (const definition of this.byType.values()) if (definition.validate) out[definition.type] = definition.validate;
    return out;
  }

  /** A new set with these definitions added, or merged over the types they name. */
  extend(definitions: Iterable<ComponentTypeDefinition>): ComponentTypes {
    return new ComponentTypes([...this.byType.values(), ...definitions]);
  }

  private add(definition: ComponentTypeDefinition): void {
    const key = definition.type.toLowerCase();
    const merged: Writable<ComponentTypeDefinition> = { ...this.byType.get(key), type: definition.type };
    for (const part of ENGINE_PARTS) {
      if (definition[part] !== undefined) (merged as Record<string, unknown>)[part] = definition[part];
    }
    this.byType.set(key, merged);
  }
}
