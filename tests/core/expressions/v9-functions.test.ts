import { describe, expect, it } from 'vitest';
import {
  evaluateExpression,
  validateExpression,
  type ExpectedType,
  type ExpressionContext,
} from '../../../src/core/expressions/index.ts';

// A data model with the shapes v9 expressions work on: groups (arrays of rows), objects, scalars.
const data: Record<string, unknown> = {
  orders: [
    { altinnRowId: 'r0', item: 'Kaffe', price: 49.9, qty: 2 },
    { altinnRowId: 'r1', item: 'Te', price: '19.5', qty: 1 },
    { altinnRowId: 'r2', item: 'Bolle', price: null, qty: 6 },
  ],
  address: { street: 'Storgata 1', zip: '0155', city: null },
  tags: ['a', 'b'],
  empty: [],
  name: 'Kari',
};

const v9: ExpressionContext = { dataModel: (path) => data[path] };
const v8: ExpressionContext = { ...v9, format: 'v8' };

function run(expr: unknown, context: ExpressionContext = v9, expected: ExpectedType = 'any') {
  return evaluateExpression(expr, context, { expected, defaultValue: null });
}
const value = (expr: unknown, context?: ExpressionContext) => {
  const result = run(expr, context);
  expect(result.error).toBeUndefined();
  return result.value;
};
const error = (expr: unknown, context?: ExpressionContext) => run(expr, context).error?.message;

describe('list', () => {
  it('collects its evaluated arguments, any mix of types, as data', () => {
    expect(value(['list'])).toEqual([]);
    expect(value(['list', 'x', 2, false, null])).toEqual(['x', 2, false, null]);
    expect(value(['list', ['plus', 1, 1], ['list', 'inner'], ['object', 'k', 'v']])).toEqual([
      2,
      ['inner'],
      { k: 'v' },
    ]);
  });

  it('never runs a result that happens to look like an expression', () => {
    expect(value(['list', 'not', true])).toEqual(['not', true]);
    expect(value(['list', 'concat', 'a', 'b'])).toEqual(['concat', 'a', 'b']);
  });

  it('turns the string "null" in an argument into null, like every argument', () => {
    expect(value(['list', 'NULL', 'nil'])).toEqual([null, 'nil']);
  });
});

describe('object', () => {
  it('pairs string keys with values of any type, lists and objects too', () => {
    expect(value(['object'])).toEqual({});
    expect(value(['object', 'n', 1, 'l', ['list', 1], 'o', ['object', 'deep', true], 'z', null])).toEqual({
      n: 1,
      l: [1],
      o: { deep: true },
      z: null,
    });
    expect(value(['object', ['concat', 'k', 'ey'], 'computed'])).toEqual({ key: 'computed' });
  });

  it('keeps a key like __proto__ as plain data', () => {
    const result = value(['object', '__proto__', 'x']) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('rejects an odd number of arguments, keys that are no strings and repeated keys', () => {
    expect(error(['object', 'a', 1, 'b'])).toBe('The object function must have an even number of arguments');
    expect(error(['object', true, 1])).toBe('Object keys must be strings');
    expect(error(['object', null, 1])).toBe('Object keys must be strings');
    expect(error(['object', ['plus', 1, 1], 1])).toBe('Object keys must be strings');
    expect(error(['object', 'a', 1, 'a', 2])).toBe('Object keys must be unique');
    expect(error(['object', 'a', 1, ['concat', 'a'], 2])).toBe('Object keys must be unique');
  });

  it('reports literal mistakes before running, computed ones while running', () => {
    expect(run(['object', 'a', 1, 'a', 2]).error).toMatchObject({ kind: 'validation', pointer: '/3' });
    expect(run(['object', 2, 1]).error).toMatchObject({ kind: 'validation', pointer: '/1' });
    expect(run(['object', ['plus', 1], 1]).error?.kind).toBe('runtime');
  });
});

describe('sum', () => {
  it('adds exactly, as decimals, the way a form user counts', () => {
    expect(value(['sum', ['list', 0.1, 0.2]])).toBe(0.3);
    expect(value(['sum', ['list', 1.1, 2.2, -3.3]])).toBe(0);
    expect(value(['sum', ['list', 9007199254740, 1, 9007199254740]])).toBe(18014398509481);
  });

  it('counts null as 0, takes numeric strings, and sums an empty list to 0', () => {
    expect(value(['sum', ['list', null, 2, '3.5', '1e1']])).toBe(15.5);
    expect(value(['sum', ['list']])).toBe(0);
  });

  it('sums a column of a repeating group through jmespath', () => {
    expect(value(['sum', ['jmespath', ['dataModel', 'orders'], '[].qty']])).toBe(9);
    expect(value(['sum', ['jmespath', ['dataModel', 'orders'], '[].price']])).toBe(69.4);
  });

  it('fails on items that are no numbers, naming the item', () => {
    expect(error(['sum', ['list', 1, false]])).toBe('Expected number, got value false');
    expect(error(['sum', ['list', 1, 'ti']])).toBe('Expected number, got value "ti"');
    expect(error(['sum', ['list', ['list', 1]]])).toBe('Expected number, got value [1]');
  });
});

describe('average', () => {
  it('divides the exact sum by the number of items, nulls counted as 0', () => {
    expect(value(['average', ['list', 1, 2], 0])).toBe(1.5);
    expect(value(['average', ['list', 0.1, 0.2], 0])).toBe(0.15);
    expect(value(['average', ['list', 3, null], 0])).toBe(1.5);
    expect(value(['average', ['list', 1, 1, 2], 0])).toBe(1.3333333333333333);
  });

  it('gives its second argument for an empty list, and ignores it otherwise', () => {
    expect(value(['average', ['list'], 7])).toBe(7);
    expect(value(['average', ['list'], '7.5'])).toBe(7.5);
    expect(run(['average', ['list'], null])).toEqual({ value: null });
    expect(value(['average', ['list', 4], 7])).toBe(4);
  });

  it('still casts the second argument when the list is not empty (evaluation is eager)', () => {
    expect(error(['average', ['list', 4], 'sju'])).toBe('Expected number, got value "sju"');
  });

  it('needs both arguments', () => {
    expect(error(['average', ['list', 1]])).toBe('Expected 2 argument(s), got 1');
  });
});

describe('count', () => {
  it('counts items without looking at them or flattening them', () => {
    expect(value(['count', ['list']])).toBe(0);
    expect(value(['count', ['list', null, 'x', ['list', 1, 2, 3], ['object']]])).toBe(4);
    expect(value(['count', ['dataModel', 'orders']])).toBe(3);
  });

  it('is no string length', () => {
    expect(error(['count', 'abc'])).toBe('Expected argument to be list, got string');
  });
});

describe('list parameters refuse null', () => {
  it('before running, for a literal null', () => {
    expect(validateExpression(['count', null])).toEqual([
      { message: 'Expected argument to be list, got null', pointer: '/1' },
    ]);
    expect(validateExpression(['sum', null])[0]?.message).toBe('Expected argument to be list, got null');
    // The fallback of average is an ordinary, nullable number.
    expect(validateExpression(['average', ['list'], null])).toEqual([]);
  });

  it('while running, for a null that was computed (a group with no rows yet is missing)', () => {
    expect(run(['count', ['dataModel', 'nothing']]).error).toMatchObject({
      kind: 'runtime',
      message: 'Expected list, got value null',
      pointer: '/1',
    });
  });
});

describe('jmespath', () => {
  it('queries objects and lists, including data-model groups', () => {
    expect(value(['jmespath', ['dataModel', 'address'], 'zip'])).toBe('0155');
    expect(value(['jmespath', ['dataModel', 'orders'], '[?qty > `1`].item'])).toEqual(['Kaffe', 'Bolle']);
    expect(value(['jmespath', ['dataModel', 'orders'], 'length(@)'])).toBe(3);
    expect(value(['jmespath', ['list', 3, 1, 2], 'sort(@)'])).toEqual([1, 2, 3]);
  });

  it('leaves the data it queries untouched', () => {
    value(['jmespath', ['dataModel', 'tags'], 'reverse(@)']);
    expect(data.tags).toEqual(['a', 'b']);
  });

  it('takes scalars and null as input, and gives null when nothing matches', () => {
    expect(value(['jmespath', 'Kari', '@'])).toBe('Kari');
    expect(run(['jmespath', null, 'a'])).toEqual({ value: null });
    expect(run(['jmespath', ['dataModel', 'address'], 'country'])).toEqual({ value: null });
  });

  it('fails on a broken query with the library message', () => {
    expect(error(['jmespath', ['object'], 'a[?'])).toMatch(/^Jmespath error: /);
    expect(error(['jmespath', ['object', 'a', 'x'], 'abs(a)'])).toMatch(/^Jmespath error: .*abs\(\)/);
  });

  it('needs a query string, never null or a list', () => {
    expect(validateExpression(['jmespath', ['object'], null])[0]?.message).toBe(
      'Expected argument to be string, got null',
    );
    expect(validateExpression(['jmespath', ['object'], ['list']])[0]?.message).toBe(
      'Expected argument to be string, got list',
    );
    expect(error(['jmespath', ['object'], ['dataModel', 'nothing']])).toBe('Expected string, got value null');
  });
});

describe('dataModel in v9 apps', () => {
  it('gives groups as lists and objects as objects, exactly as stored', () => {
    expect(value(['dataModel', 'orders'])).toBe(data.orders);
    expect(value(['dataModel', 'address'])).toEqual({ street: 'Storgata 1', zip: '0155', city: null });
    expect(value(['dataModel', 'empty'])).toEqual([]);
  });

  it('makes comparing a group with null mean "is there a group at all"', () => {
    expect(value(['equals', ['dataModel', 'missing'], null])).toBe(true);
    expect(run(['equals', ['dataModel', 'orders'], null]).error?.message).toMatch(/^Expected string, got value \[/);
  });
});

describe('lists and objects where a scalar is needed', () => {
  it('are static errors when a v9 function produces them', () => {
    expect(validateExpression(['equals', ['list', 1], '1'])[0]?.message).toBe(
      'Expected argument to be string, got list',
    );
    expect(validateExpression(['not', ['object']])[0]?.message).toBe('Expected argument to be boolean, got object');
    expect(validateExpression(['plus', ['list'], 1])[0]?.message).toBe('Expected argument to be number, got list');
    expect(validateExpression(['formatDate', ['list']])[0]?.message).toBe('Expected argument to be date, got list');
    expect(validateExpression(['list', 1], 'boolean')[0]?.message).toBe(
      'Expected expression to return boolean, got list',
    );
  });

  it('fail clearly at runtime when they come out of an `any` (dataModel, if, jmespath)', () => {
    expect(run(['dataModel', 'orders'], v9, 'boolean').error?.message).toMatch(/^Expected boolean, got value \[\{/);
    expect(run(['if', true, ['list', 'x']], v9, 'string').error?.message).toBe('Expected string, got value ["x"]');
    expect(run(['concat', ['dataModel', 'tags']]).error?.message).toBe('Expected string, got value ["a","b"]');
    expect(run(['greaterThan', ['dataModel', 'address'], 1]).error?.message).toMatch(/^Expected number, got value \{/);
  });

  it('are no strings: no list ever equals its JSON text', () => {
    expect(run(['equals', ['dataModel', 'tags'], '["a","b"]']).error?.message).toBe(
      'Expected string, got value ["a","b"]',
    );
  });

  it('pass through `if` and other `any` results untouched', () => {
    expect(value(['if', false, 1, 'else', ['list', 2]])).toEqual([2]);
  });
});

describe('v8 apps', () => {
  it('do not have the v9 functions, and say so', () => {
    for (const name of ['list', 'object', 'jmespath', 'sum', 'average', 'count']) {
      expect(validateExpression([name], 'any', { format: 'v8' })[0]?.message).toBe(
        `Function "${name}" not implemented in v8 apps (it is new in v9)`,
      );
    }
    expect(run(['count', ['list']], v8).error).toMatchObject({ kind: 'validation' });
    expect(validateExpression(['not', ['sum', ['list']]], 'boolean', { format: 'v8' })).toHaveLength(1);
  });

  it('read groups and objects as null, so comparing a group with null is as v8 authors wrote it', () => {
    expect(run(['dataModel', 'orders'], v8)).toEqual({ value: null });
    expect(run(['dataModel', 'address'], v8)).toEqual({ value: null });
    expect(value(['equals', ['dataModel', 'orders'], null], v8)).toBe(true);
    expect(value(['dataModel', 'name'], v8)).toBe('Kari');
  });
});
