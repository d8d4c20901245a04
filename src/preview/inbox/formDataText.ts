/** Keys whose values are identifiers the preview adds, not text a person wrote. */
const SKIPPED_KEYS = new Set(['altinnRowId']);

/**
 * The text a person could search a form by: every string leaf of the model, one per line.
 * Numbers and booleans are left out (a search for "2" should not find every form with a count);
 * the walk uses a stack, so deep models cannot overflow it.
 */
export function formDataText(model: unknown): string {
  const texts: string[] = [];
  const stack: unknown[] = [model];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.trim() !== '') texts.push(value);
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push(value[index]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index]!;
        if (!SKIPPED_KEYS.has(key)) stack.push(child);
      }
    }
  }
  return texts.join('\n');
}
