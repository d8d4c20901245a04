import type { AppOption } from '../../wire/index.ts';
import { LIMITS } from './limits.ts';

/**
 * A code list fetched from the app is held to `LIMITS.optionsPerList`, as one in the app's files
 * is: past it, only the first ones are kept, and the warning says so.
 */
export function fetchedOptionsWithinLimit(
  options: AppOption[],
  optionsId: string,
): { options: AppOption[]; warning?: string } {
  if (!Array.isArray(options) || options.length <= LIMITS.optionsPerList) return { options };
  return {
    options: options.slice(0, LIMITS.optionsPerList),
    warning: `Code list "${optionsId}" has ${options.length} options, more than the ${LIMITS.optionsPerList} one list may have; only the first ${LIMITS.optionsPerList} are shown.`,
  };
}
