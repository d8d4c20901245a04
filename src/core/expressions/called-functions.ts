/**
 * Which of `names` the expressions in `value` (layouts, settings, validations, texts…) call, found
 * in one walk for all of them; the walk keeps its own stack, since how deep it goes is up to the
 * app's files.
 */
export function calledFunctions(value: unknown, names: readonly string[]): Set<string> {
  const wanted = new Set(names);
  const found = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && found.size < wanted.size) {
    const next = stack.pop();
    if (Array.isArray(next)) {
      if (typeof next[0] === 'string' && wanted.has(next[0])) found.add(next[0]);
      for (const item of next) stack.push(item);
    } else if (next !== null && typeof next === 'object') {
      for (const item of Object.values(next)) stack.push(item);
    }
  }
  return found;
}
