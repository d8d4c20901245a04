import { describe, expect, it } from 'vitest';
import { input, layoutSet, setup } from './helpers.ts';

describe('smoke', () => {
  it('required hidden until submit', () => {
    const f = setup(layoutSet({ one: [input('name', 'name', { required: true })] }));
    expect(f.codes('name')).toEqual(['required:form_filler.error_required']);
    expect(f.visible('name')).toEqual([]);
    const outcome = f.validator.validateAll();
    expect(outcome.ok).toBe(false);
    expect(f.visible('name')).toEqual(['required:form_filler.error_required']);
    expect(f.validator.message(outcome.blocking[0])).toBe('Du må fylle ut name.title');
  });
});
