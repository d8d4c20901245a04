/** Gives `target` its own copies of the prototype's methods, bound to it, so they survive being passed around. */
export function bindMethods(target: object, prototype: object): void {
  for (const name of Object.getOwnPropertyNames(prototype)) {
    // Read the descriptor, not the property: a getter must not run against the bare prototype.
    const method: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
    if (name !== 'constructor' && typeof method === 'function') {
      Object.defineProperty(target, name, { value: method.bind(target) });
    }
  }
}
