import { describe, expect, it } from 'vitest';
import type { SubformEntriesState } from '../../../src/core/validation/index.ts';
import { layoutSet, setup } from './helpers.ts';

const set = layoutSet({ one: [{ id: 'mopeds', type: 'Subform', layoutSet: 'moped' }] });

describe('Subform entries', () => {
  it('asks for at least minCount entries, shown once the user asks for validation, and blocking submit', () => {
    const states: Record<string, SubformEntriesState> = { mopeds: { count: 0, minCount: 1, entriesWithErrors: [] } };
    const form = setup(set, {}, { subformEntries: (node) => states[node.id] });
    expect(form.codes('mopeds')).toEqual(['component:form_filler.error_min_count_not_reached_subform']);
    // Like a required field: an empty list at the start is not yet shown as a mistake.
    expect(form.visible('mopeds')).toEqual([]);
    expect(form.validator.validateAll().ok).toBe(false);
    expect(form.visible('mopeds')).toEqual(['component:form_filler.error_min_count_not_reached_subform']);
    states.mopeds = { count: 1, minCount: 1, entriesWithErrors: [] };
    form.validator.refreshSubformEntries('mopeds');
    expect(form.codes('mopeds')).toEqual([]);
    expect(form.validator.validateAll().ok).toBe(true);
  });

  it('names the entries whose own data has errors', () => {
    const states: Record<string, SubformEntriesState> = { mopeds: { count: 2, entriesWithErrors: [] } };
    const form = setup(set, {}, { subformEntries: (node) => states[node.id] });
    states.mopeds = { count: 2, entriesWithErrors: ['AB123', 'CD456'] };
    form.validator.refreshSubformEntries();
    const [issue] = form.validator.allIssuesFor('mopeds');
    expect(issue.textKey).toBe('form_filler.error_validation_inside_subform');
    expect(issue.params).toEqual(['AB123, CD456']);
    expect(form.validator.validateAll().ok).toBe(false);
  });

  it('checks nothing when the host reports nothing', () => {
    const form = setup(set);
    expect(form.codes('mopeds')).toEqual([]);
    expect(form.validator.validateAll().ok).toBe(true);
  });
});
