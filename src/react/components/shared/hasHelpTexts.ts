import type { LoadedLayoutSet } from '../../../core/app/types.ts';

// Where the app's files give a help text: a component's `help` binding (also a Grid cell's), and
// an option's `helpText`.
const HELP_KEYS = new Set(['help', 'helpText']);

/**
 * Whether the layouts or code lists of the layout set give any help text, so that `SkjemaForm`
 * loads the help button before the first render. The walk keeps its own stack: how deep it goes
 * is up to the app's files.
 */
export function hasHelpTexts(layoutSet: LoadedLayoutSet): boolean {
  const stack: unknown[] = [layoutSet.layouts, layoutSet.options];
  while (stack.length > 0) {
    const next = stack.pop();
    if (Array.isArray(next)) {
      for (const item of next) stack.push(item);
    } else if (next !== null && typeof next === 'object') {
      for (const [key, value] of Object.entries(next)) {
        if (HELP_KEYS.has(key) && value !== undefined && value !== null && value !== '') return true;
        stack.push(value);
      }
    }
  }
  return false;
}
