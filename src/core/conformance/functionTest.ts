import { evaluateExpression, type ExpressionFormat } from '../expressions/index.ts';
import type { FormTree } from '../tree/types.ts';
import { treeForTest } from './harness.ts';
import type { CaseResult, FunctionTestFile } from './types.ts';

interface TestCase {
  readonly name: string;
  readonly expression?: unknown;
  readonly expects?: unknown;
  readonly expectsFailure?: string;
}

function casesOf(test: FunctionTestFile): TestCase[] {
  const main: TestCase[] = 'expression' in test ? [{ ...test, name: test.name ?? 'main' }] : [];
  const extra = (test.testCases ?? []).map((testCase, index) => ({
    ...testCase,
    name: testCase.name ?? `testCases[${index}]`,
  }));
  return [...main, ...extra];
}

function expressionErrors(tree: FormTree): string[] {
  return tree.diagnostics
    .filter((diagnostic) => diagnostic.code.startsWith('expression-'))
    .map((diagnostic) => diagnostic.message);
}

/**
 * Runs a `functions/` file: every case evaluates with return type any and default null at the
 * node named by `context` (its row from `rowIndices`). An `expectsFailure` case must fail with
 * that text; any other case must succeed, pass static validation and log no error anywhere.
 */
/** The id of the node a test's `context` names: its component, in the row its `rowIndices` give. */
export function contextNodeId(test: FunctionTestFile): string | undefined {
  const context = test.context;
  if (context?.component === undefined) return undefined;
  return context.component + (context.rowIndices ?? []).map((index) => `-${index}`).join('');
}

export function runFunctionTest(file: string, test: FunctionTestFile, format: ExpressionFormat): CaseResult[] {
  const tree = treeForTest(test, format);
  try {
    const context = test.context;
    const nodeId = contextNodeId(test);
    const node = nodeId !== undefined ? tree.node(nodeId) : undefined;
    return casesOf(test).map((testCase) => {
      const fail = (expected: string, got: string): CaseResult => ({
        file,
        caseName: testCase.name,
        status: 'failed',
        expected,
        got,
      });
      if (nodeId !== undefined && !node) return fail(`context node ${nodeId}`, 'no such node in the tree');
      const page = context?.currentLayout ?? node?.page;
      const host = tree.expressionContext({
        node,
        page,
        positionalArguments: test.positionalArguments,
        valueArguments: test.valueArguments,
      });
      const before = expressionErrors(tree).length;
      const result = evaluateExpression(testCase.expression, host, { expected: 'any', defaultValue: null });
      const logged = [...(result.error ? [result.error.description] : []), ...expressionErrors(tree).slice(before)];
      if (testCase.expectsFailure !== undefined) {
        if (logged.length === 1 && logged[0].includes(testCase.expectsFailure) && result.value === null) {
          return { file, caseName: testCase.name, status: 'passed' };
        }
        return fail(
          `failure containing ${JSON.stringify(testCase.expectsFailure)}`,
          logged.length ? `errors: ${logged.join(' | ')}` : `value ${JSON.stringify(result.value)}`,
        );
      }
      const expected = JSON.stringify(testCase.expects ?? null);
      const got = JSON.stringify(result.value ?? null);
      if (logged.length > 0) return fail(expected, `errors: ${logged.join(' | ')}`);
      return got === expected ? { file, caseName: testCase.name, status: 'passed' } : fail(expected, got);
    });
  } finally {
    tree.dispose();
  }
}
