import { validateExpression, type ExpressionFormat } from '../expressions/index.ts';
import type { CaseResult, FunctionTestFile } from './types.ts';

/** An `invalid/` file: static validation alone must reject the expression with the given text. */
export function runInvalidTest(file: string, test: FunctionTestFile, format: ExpressionFormat): CaseResult[] {
  const caseName = test.name ?? 'invalid';
  const messages = validateExpression(test.expression, 'any', { format }).map((issue) => issue.message);
  const wanted = test.expectsFailure ?? '';
  if (messages.some((message) => message.includes(wanted)) && wanted !== '')
    return [{ file, caseName, status: 'passed' }];
  return [
    {
      file,
      caseName,
      status: 'failed',
      expected: `validation error containing ${JSON.stringify(wanted)}`,
      got: messages.length ? messages.join(' | ') : 'no validation error',
    },
  ];
}
