import { describe, expect, it } from 'vitest';
import { input, layoutSet, setup } from './helpers.ts';

describe('validator lifecycle', () => {
  it('follows the engine when a language switch rebuilds the tree, keeping what was shown', () => {
    const f = setup(
      layoutSet({
        one: [input('a', 'a', { required: true, textResourceBindings: {} }), input('b', 'b', { maxLength: 2 })],
      }),
    );
    f.validator.validateAll();
    f.engine.setLanguage('en');
    expect(f.visible('a')).toEqual(['required:form_filler.error_required']);
    expect(f.validator.message(f.validator.issuesFor('a')[0])).toBe('You must fill in this field');
    f.type('b', 'long');
    expect(f.visible('b')).toEqual(['component:validation_errors.maxLength']);
    f.type('a', 'x');
    expect(f.codes('a')).toEqual([]);
  });

  it('stops listening after dispose', () => {
    const f = setup(layoutSet({ one: [input('b', 'b', { maxLength: 2 })] }));
    let heard = 0;
    f.validator.subscribe(() => heard++);
    f.validator.dispose();
    f.type('b', 'long');
    expect(heard).toBe(0);
  });
});
