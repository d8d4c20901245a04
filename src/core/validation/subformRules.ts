import { ValidationMask } from './masks.ts';
import type { Severity } from './types.ts';

/**
 * What the host knows about a Subform's entries. They are data elements of their own, outside the
 * form's data, so the component that lists them reports this (like upload counts).
 */
export interface SubformEntriesState {
  /** Number of entries (data elements of the subform's data type). */
  readonly count: number;
  /** The data type's `minCount` in the application metadata, when it has one. */
  readonly minCount?: number;
  /** Display names of the entries whose data does not pass their own layout set's validation. */
  readonly entriesWithErrors: readonly string[];
}

export interface SubformFinding {
  textKey: string;
  params: string[];
  severity?: Severity;
  category: number;
}

/**
 * Too few entries, and entries that fail their own validation (§4.5). Both are shown when the
 * user asks for validation (next/submit), as required fields are: an empty list at the start is
 * not yet a mistake.
 */
export function subformFindings(state: SubformEntriesState | undefined): SubformFinding[] {
  if (!state) return [];
  const found: SubformFinding[] = [];
  if (typeof state.minCount === 'number' && state.count < state.minCount) {
    found.push({
      textKey: 'form_filler.error_min_count_not_reached_subform',
      params: [String(state.minCount)],
      category: ValidationMask.Required,
    });
  }
  if (state.entriesWithErrors.length > 0) {
    found.push({
      textKey: 'form_filler.error_validation_inside_subform',
      params: [state.entriesWithErrors.join(', ')],
      category: ValidationMask.Required,
    });
  }
  return found;
}
