import { describe, expect, it } from 'vitest';
import { evaluateExpression, isExpression, validateExpression } from '../../../src/core/expressions/index.ts';

describe('validateExpression', () => {
  it('accepts literals and well-formed calls', () => {
    expect(validateExpression('text')).toEqual([]);
    expect(validateExpression(null)).toEqual([]);
    expect(validateExpression(['and', true, ['equals', ['dataModel', 'a.b'], 'x']], 'boolean')).toEqual([]);
  });

  it('points at the failing sub-expression', () => {
    expect(validateExpression(['and', true, ['equals', 1, {}]])).toEqual([
      { message: 'Invalid type "object"', pointer: '/2/2' },
    ]);
    expect(validateExpression(['or', ['nope'], []])).toEqual([
      { message: 'Function "nope" not implemented', pointer: '/1' },
      { message: 'Missing function name in expression', pointer: '/2' },
    ]);
    expect(validateExpression([5, 1])).toEqual([
      { message: 'Function name in expression should be string', pointer: '/0' },
    ]);
  });

  it('reports argument counts with ranges and spreads', () => {
    expect(validateExpression(['equals', 1])[0].message).toBe('Expected 2 argument(s), got 1');
    expect(validateExpression(['round'])[0].message).toBe('Expected 1-2 argument(s), got 0');
    expect(validateExpression(['and'])[0].message).toBe('Expected 1+ argument(s), got 0');
    expect(validateExpression(['language', 'x'])[0].message).toBe('Expected 0 argument(s), got 1');
  });

  it('rejects booleans where a date is required', () => {
    expect(validateExpression(['formatDate', ['not', true]])).toEqual([
      { message: 'Expected argument to be date, got boolean', pointer: '/1' },
    ]);
  });

  it('applies the per-function rules', () => {
    const first = (expr: unknown) => validateExpression(expr)[0]?.message;
    expect(first(['if', true, 1, 'otherwise', 2])).toBe('Expected third argument to be "else"');
    expect(first(['if', true])).toBe('Expected either 2 arguments (if) or 4 (if + else), got 1');
    expect(first(['compare', 1, ['concat', 'equals'], 2])).toBe(
      'Invalid operator (it cannot be an expression or null)',
    );
    expect(first(['compare', 1, 'same', 2])).toBe('Invalid operator "same"');
    expect(first(['compare', 1, 'NOT', 'equals', 2])).toBe(
      'Second argument must be "not" when providing 4 arguments in total',
    );
    expect(first(['dataModel', 'a', ['concat', 'x']])).toBe(
      'The data type must be a string (expressions cannot be used here)',
    );
    expect(first(['component', ['concat', 'x']])).toContain('expressions cannot be used here');
    expect(first(['displayValue', ['concat', 'x']])).toContain('expressions cannot be used here');
    expect(first(['optionLabel', ['concat', 'x'], 'v'])).toContain('expressions cannot be used here');
  });
});

describe('the shape of if', () => {
  const messages = (expr: unknown) => validateExpression(expr).map((issue) => `${issue.pointer} ${issue.message}`);

  it('takes a condition and a value, or those plus "else" and another value', () => {
    expect(messages(['if', true, 1])).toEqual([]);
    expect(messages(['if', true, 1, 'else', 2])).toEqual([]);
  });

  it('wants the literal "else" third, whatever the count', () => {
    expect(messages(['if', true, 1, ['concat', 'else'], 2])).toEqual(['/3 Expected third argument to be "else"']);
    expect(messages(['if', true, 1, 'ELSE', 2])).toEqual(['/3 Expected third argument to be "else"']);
  });

  it('reports both problems of an if that has a value where "else" belongs and no else value', () => {
    expect(messages(['if', true, 1, 2])).toEqual([
      '/3 Expected third argument to be "else"',
      ' Expected either 2 arguments (if) or 4 (if + else), got 3',
    ]);
  });

  it('reports only the count when "else" is there but a value is missing or extra', () => {
    expect(messages(['if', true, 1, 'else'])).toEqual([' Expected either 2 arguments (if) or 4 (if + else), got 3']);
    expect(messages(['if', true, 1, 'else', 2, 3])).toEqual([
      ' Expected either 2 arguments (if) or 4 (if + else), got 5',
    ]);
    expect(messages(['if'])).toEqual([' Expected either 2 arguments (if) or 4 (if + else), got 0']);
  });

  it('fails evaluation with one error that names every problem', () => {
    const result = evaluateExpression(['if', true, 1, 2], {}, { expected: 'any', defaultValue: null });
    expect(result.error).toMatchObject({
      kind: 'validation',
      pointer: '/3',
      message: 'Expected third argument to be "else"; Expected either 2 arguments (if) or 4 (if + else), got 3',
    });
  });
});

describe('isExpression', () => {
  it('recognises only arrays that start with a known function', () => {
    expect(isExpression(['equals', 1, 1])).toBe(true);
    expect(isExpression(['Equals', 1, 1])).toBe(false);
    expect(isExpression([])).toBe(false);
    expect(isExpression('equals')).toBe(false);
    expect(isExpression({ 0: 'equals' })).toBe(false);
  });
});
