import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateExpression,
  FUNCTION_NAMES,
  validateExpression,
  type ExpectedType,
  type ExpressionContext,
} from '../../../src/core/expressions/index.ts';
import { fakeContext } from './fake-context.ts';

// Strings that hit the interesting coercion paths, mixed with arbitrary ones.
const specialString = fc.constantFrom(
  '',
  'null',
  'NULL',
  'true',
  'False',
  '0',
  '1.0',
  '5E2',
  '55.',
  '2020-02-29',
  '2021-02-29',
  '2020-01-01T10:00:00Z',
  '2020-01-01 10:00',
  'else',
  'not',
  'equals',
  'isBefore',
  'isSameDay',
  'greaterThan',
  'a.b',
  'list',
  'yyyy-MM-dd',
  'QQ',
);

const literal = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  specialString,
  fc.string({ maxLength: 8 }),
);

const { node } = fc.letrec<{ node: unknown; call: unknown[] }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, literal, tie('call'), tie('call')),
  call: fc.oneof(
    fc.tuple(fc.constantFrom(...FUNCTION_NAMES), fc.array(tie('node'), { maxLength: 5 })).map(([f, a]) => [f, ...a]),
    // Malformed shapes: unknown names, empty arrays, objects, non-string names.
    fc.constantFrom<unknown[]>([], ['NotAFunction', 1], [1, 2], ['equals', {}, 1], ['and', [[]]]),
  ),
}));

const expected = fc.constantFrom<ExpectedType>('boolean', 'string', 'number', 'any');

const dataContext = fakeContext({
  dataModel: { a: { b: 'x' }, list: [{ name: 'n' }], n: 5 },
  frontendSettings: { s: 'v' },
  textResources: [{ id: 't', value: 'T' }],
  positionalArguments: ['p0'],
  valueArguments: { data: { value: 1 }, defaultKey: 'value' },
});

// A host whose every method fails, to prove host failures never escape.
const hostile = new Proxy<ExpressionContext>(
  {},
  {
    get: () => () => {
      throw new Error('host down');
    },
  },
);

const contexts = fc.constantFrom<ExpressionContext>({}, dataContext, hostile);

const DEFAULTS = { boolean: false, string: '<default>', number: -1, any: null } as const;
const TYPE_CHECK: Record<ExpectedType, (v: unknown) => boolean> = {
  boolean: (v) => typeof v === 'boolean',
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  any: isValue,
};

/** A language value: a scalar, or (v9) a list or plain object of values. */
function isValue(v: unknown): boolean {
  if (v === null || ['string', 'boolean'].includes(typeof v)) return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isValue);
  return typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(isValue);
}

describe('property: evaluateExpression is total', () => {
  it('never throws and returns the declared type or the default', () => {
    fc.assert(
      fc.property(node, expected, contexts, (expr, type, context) => {
        const result = evaluateExpression(expr, context, { expected: type, defaultValue: DEFAULTS[type] });
        expect(TYPE_CHECK[type](result.value)).toBe(true);
        if (result.error) {
          expect(result.value).toBe(DEFAULTS[type]);
          expect(typeof result.error.message).toBe('string');
          expect(result.error.description).toContain(result.error.message);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('fails validation exactly when evaluation reports a validation error', () => {
    fc.assert(
      fc.property(node, expected, (expr, type) => {
        const issues = validateExpression(expr, type);
        const result = evaluateExpression(expr, {}, { expected: type, defaultValue: DEFAULTS[type] });
        expect(result.error?.kind === 'validation').toBe(issues.length > 0);
        if (issues.length > 0) expect(result.error?.pointer).toBe(issues[0].pointer);
      }),
      { numRuns: 800 },
    );
  });

  it('survives very deep nesting', () => {
    let deep: unknown = true;
    for (let i = 0; i < 20_000; i++) deep = ['not', deep];
    const result = evaluateExpression(deep, {}, { expected: 'boolean', defaultValue: false });
    expect(result.value).toBe(false);
    expect(result.error?.message).toContain('nested deeper than');
  });
});
