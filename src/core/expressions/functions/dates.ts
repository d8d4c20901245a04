import { castToDate } from '../cast-date.ts';
import { castToNumber } from '../cast-number.ts';
import { castToString } from '../cast-string.ts';
import { compareDates, isSameDay } from '../compare-dates.ts';
import { defineFunction, optional, required } from '../define-function.ts';
import type { ExpressionIssue } from '../evaluate-types.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import type { ExprDate } from '../expr-date.ts';
import { safeLocale } from '../safe-locale.ts';
import { loadDateFormatter, loadedDateFormatter } from './dateFormatLoader.ts';

export const formatDate = defineFunction({
  args: [required('date'), optional('string')],
  returns: 'string',
  impl: ({ context }, date, pattern) => {
    if (date === null) return null;
    const format = loadedDateFormatter();
    if (!format) {
      // Only a layout set not read by `loadLayoutSet` gets here; the next evaluation has it.
      void loadDateFormatter().catch(() => {});
      throw new ExpressionRuntimeError(
        'formatDate: the date formatter is not loaded yet (loadLayoutSet loads it for apps that use formatDate)',
      );
    }
    return format(date, pattern, safeLocale(context.language?.() ?? 'nb'));
  },
});

type Operands = [unknown, unknown];

const numberOp = (test: (a: number, b: number) => boolean) => (operands: Operands) => {
  const [a, b] = operands.map(castToNumber);
  return a === null || b === null ? false : test(a, b);
};

const dateOp = (test: (a: ExprDate, b: ExprDate) => boolean) => (operands: Operands) => {
  const [a, b] = operands.map(castToDate);
  return a === null || b === null ? false : test(a, b);
};

const OPERATORS: Readonly<Record<string, (operands: Operands) => boolean>> = {
  equals: ([a, b]) => castToString(a) === castToString(b),
  greaterThan: numberOp((a, b) => a > b),
  greaterThanEq: numberOp((a, b) => a >= b),
  lessThan: numberOp((a, b) => a < b),
  lessThanEq: numberOp((a, b) => a <= b),
  isBefore: dateOp((a, b) => compareDates(a, b) < 0),
  isBeforeEq: dateOp((a, b) => compareDates(a, b) <= 0),
  isAfter: dateOp((a, b) => compareDates(a, b) > 0),
  isAfterEq: dateOp((a, b) => compareDates(a, b) >= 0),
  isSameDay: dateOp(isSameDay),
};

const isOperator = (value: unknown): value is string => typeof value === 'string' && Object.hasOwn(OPERATORS, value);

function validateCompare(rawArgs: readonly unknown[], pointer: string): ExpressionIssue[] {
  if (rawArgs.length !== 3 && rawArgs.length !== 4) return [];
  const negated = rawArgs.length === 4;
  if (negated && rawArgs[1] !== 'not') {
    return [{ message: 'Second argument must be "not" when providing 4 arguments in total', pointer: `${pointer}/2` }];
  }
  const operator = rawArgs[negated ? 2 : 1];
  const operatorPointer = `${pointer}/${negated ? 3 : 2}`;
  if (typeof operator !== 'string') {
    return [{ message: 'Invalid operator (it cannot be an expression or null)', pointer: operatorPointer }];
  }
  if (!isOperator(operator)) return [{ message: `Invalid operator "${operator}"`, pointer: operatorPointer }];
  return [];
}

// Operands stay uncast ('any') because the operator decides whether they are strings, numbers or dates.
export const compare = defineFunction({
  args: [required('any'), required('any'), required('any'), optional('any')],
  returns: 'boolean',
  validate: ({ rawArgs, pointer }) => validateCompare(rawArgs, pointer),
  impl: ({ rawArgs }, first, _operator, third, fourth) => {
    const negated = fourth !== undefined;
    const operator = rawArgs[negated ? 2 : 1];
    if (!isOperator(operator)) throw new ExpressionRuntimeError(`Invalid operator "${String(operator)}"`);
    const result = OPERATORS[operator](negated ? [first, fourth] : [first, third]);
    return negated ? !result : result;
  },
});
