import { defineFunction, optional, required, rest } from '../define-function.ts';
import type { ExpressionIssue } from '../evaluate-types.ts';

export const equals = defineFunction({
  args: [required('string'), required('string')],
  returns: 'boolean',
  impl: (_call, a, b) => a === b,
});

export const notEquals = defineFunction({
  args: [required('string'), required('string')],
  returns: 'boolean',
  impl: (_call, a, b) => a !== b,
});

export const not = defineFunction({
  args: [required('boolean')],
  returns: 'boolean',
  impl: (_call, value) => !value,
});

// Arguments are evaluated eagerly (no short-circuit), so casting errors in any argument surface.
export const and = defineFunction({
  args: [required('boolean'), rest('boolean')],
  returns: 'boolean',
  impl: (_call, first, others) => [first, ...others].every((value) => value === true),
});

export const or = defineFunction({
  args: [required('boolean'), rest('boolean')],
  returns: 'boolean',
  impl: (_call, first, others) => [first, ...others].some((value) => value === true),
});

// Both shapes are checked on their own: `["if", c, a, b]` lacks "else" and has the wrong count.
function validateIf(rawArgs: readonly unknown[], pointer: string): ExpressionIssue[] {
  const issues: ExpressionIssue[] = [];
  if (rawArgs.length > 2 && rawArgs[2] !== 'else') {
    issues.push({ message: 'Expected third argument to be "else"', pointer: `${pointer}/3` });
  }
  if (rawArgs.length !== 2 && rawArgs.length !== 4) {
    issues.push({ message: `Expected either 2 arguments (if) or 4 (if + else), got ${rawArgs.length}`, pointer });
  }
  return issues;
}

export const if_ = defineFunction({
  args: [required('boolean'), required('any'), optional('string'), optional('any')],
  returns: 'any',
  customArity: true,
  validate: ({ rawArgs, pointer }) => validateIf(rawArgs, pointer),
  impl: (_call, condition, then, _else, otherwise) => (condition === true ? then : (otherwise ?? null)),
});
