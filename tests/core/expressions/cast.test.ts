import { describe, expect, it } from 'vitest';
import { castTo } from '../../../src/core/expressions/cast.ts';

describe('casting (§3.2)', () => {
  it('turns null, undefined and the string "null" in any case into null', () => {
    for (const type of ['boolean', 'string', 'number', 'date', 'any'] as const) {
      expect(castTo(type, null)).toBeNull();
      expect(castTo(type, undefined)).toBeNull();
      expect(castTo(type, 'NuLL')).toBeNull();
    }
  });

  it('casts to boolean only from true/false and exact 1/0', () => {
    expect(castTo('boolean', 'TRUE')).toBe(true);
    expect(castTo('boolean', 'false')).toBe(false);
    expect(castTo('boolean', 1)).toBe(true);
    expect(castTo('boolean', '0.000')).toBe(false);
    expect(castTo('boolean', '1.0')).toBe(true);
    expect(() => castTo('boolean', '')).toThrow('Expected boolean, got value ""');
    expect(() => castTo('boolean', 2)).toThrow('Expected boolean, got value 2');
    expect(() => castTo('boolean', 'yes')).toThrow('Expected boolean, got value "yes"');
  });

  it('casts to string with JSON spelling and lower-cased booleans', () => {
    expect(castTo('string', 1)).toBe('1');
    expect(castTo('string', 2.5)).toBe('2.5');
    expect(castTo('string', true)).toBe('true');
    expect(castTo('string', 'False')).toBe('false');
    expect(castTo('string', '')).toBe('');
  });

  it('refuses to make a scalar of a list or an object, naming the value', () => {
    expect(() => castTo('string', { a: 1 })).toThrow('Expected string, got value {"a":1}');
    expect(() => castTo('string', [1, 2])).toThrow('Expected string, got value [1,2]');
    expect(() => castTo('number', [1])).toThrow('Expected number, got value [1]');
    expect(() => castTo('boolean', [])).toThrow('Expected boolean, got value []');
    expect(() => castTo('date', { y: 2020 })).toThrow('Expected date, got value {"y":2020}');
    // A whole subtree is cut short: the start says what it was.
    const long = Array.from({ length: 100 }, (_, i) => i);
    expect(() => castTo('string', long)).toThrow(/^Expected string, got value \[0,1,2,.{80,}…$/);
  });

  it('casts lists and objects only from lists and objects; null stays null', () => {
    expect(castTo('list', [1, 'a'])).toEqual([1, 'a']);
    expect(castTo('list', null)).toBeNull();
    expect(castTo('list', 'null')).toBeNull();
    expect(() => castTo('list', 'a,b')).toThrow('Expected list, got value "a,b"');
    expect(() => castTo('list', { 0: 'a' })).toThrow('Expected list, got value {"0":"a"}');
    expect(castTo('object', { a: [1] })).toEqual({ a: [1] });
    expect(() => castTo('object', [1])).toThrow('Expected object, got value [1]');
    expect(() => castTo('object', 5)).toThrow('Expected object, got value 5');
  });

  it('passes lists and objects through any, but not class instances or functions', () => {
    const list = [1, [2], { a: null }];
    expect(castTo('any', list)).toBe(list);
    expect(castTo('any', new Date(0))).toBeNull();
    expect(castTo('any', () => 1)).toBeNull();
  });

  it('casts to number from numeric strings only', () => {
    expect(castTo('number', '-55')).toBe(-55);
    expect(castTo('number', '1.25')).toBe(1.25);
    expect(castTo('number', '+5E2')).toBe(500);
    expect(castTo('number', '.5e2')).toBe(50);
    for (const bad of ['55.', '5e', 'e2', '5+E2', '55.88.66', 'abc', '.5', ' 5']) {
      expect(() => castTo('number', bad)).toThrow(`Expected number, got value "${bad}"`);
    }
    expect(() => castTo('number', true)).toThrow('Expected number, got value true');
  });

  it('casts to date from strings and stringified numbers', () => {
    expect(castTo('date', '2020-01-01')).toMatchObject({ year: 2020 });
    expect(castTo('date', '')).toBeNull();
    expect(() => castTo('date', 2020)).toThrow('Unable to parse date "2020": Unknown format');
    expect(() => castTo('date', false)).toThrow('Expected date, got value false');
  });
});
