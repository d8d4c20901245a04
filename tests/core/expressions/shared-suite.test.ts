import { describe, expect, it } from 'vitest';
import { evaluateExpression, validateExpression, type ExpressionFormat } from '../../../src/core/expressions/index.ts';
import { fakeContext, type SuiteSetup } from './fake-context.ts';
import { readSuite, V9_SUITE_ROOT, type SuiteFile } from './suite-files.ts';

interface Case {
  name?: string;
  expression?: unknown;
  expects?: unknown;
  expectsFailure?: string;
}

// Functions that resolve components, rows or pages need the real node tree; the full
// conformance runner covers those files.
const NEEDS_TREE = /"(component|displayValue|linkToComponent)"/;

function needsTree(content: Record<string, unknown>): boolean {
  const context = content.context as { rowIndices?: unknown } | undefined;
  return Boolean(context?.rowIndices) || NEEDS_TREE.test(JSON.stringify([content.expression, content.testCases]));
}

function casesOf(content: Record<string, unknown>): Case[] {
  const main = 'expression' in content ? [content as Case] : [];
  return [...main, ...((content.testCases as Case[] | undefined) ?? [])];
}

function runFunctionFiles(files: SuiteFile[], format: ExpressionFormat): void {
  for (const file of files) {
    const context = fakeContext(file.content as SuiteSetup, format);
    casesOf(file.content).forEach((testCase, index) => {
      it(`${file.path} #${index} ${testCase.name ?? ''}`, () => {
        const result = evaluateExpression(testCase.expression, context, { expected: 'any', defaultValue: null });
        if (testCase.expectsFailure !== undefined) {
          expect(result.error?.description).toContain(testCase.expectsFailure);
          expect(result.value).toBeNull();
        } else {
          expect(result.error).toBeUndefined();
          expect(validateExpression(testCase.expression, 'any', { format })).toEqual([]);
          expect(JSON.stringify(result.value)).toEqual(JSON.stringify(testCase.expects));
        }
      });
    });
  }
}

const runnableIn = (files: SuiteFile[]) => files.filter((f) => !needsTree(f.content) && !f.content.disabledFrontend);

const functionFiles = readSuite('functions');
const runnable = runnableIn(functionFiles);
const skipped = functionFiles.length - runnable.length;

describe('shared suite: functions (no layouts needed)', () => {
  it(`finds the suite and skips only tree-dependent files (${skipped} skipped)`, () => {
    expect(runnable.length).toBeGreaterThan(300);
  });
  runFunctionFiles(runnable, 'v8');
});

describe('v9 shared suite: functions (no layouts needed)', () => {
  const v9Runnable = runnableIn(readSuite('functions', V9_SUITE_ROOT));
  it('finds the v9 additions', () => {
    expect(v9Runnable.map((file) => file.path)).toEqual(
      expect.arrayContaining(['functions/list/list.json', 'functions/jmespath/simple-use-cases.json']),
    );
  });
  runFunctionFiles(v9Runnable, 'v9');
});

describe('shared suite: invalid expressions', () => {
  for (const file of readSuite('invalid')) {
    const testCase = file.content as Case;
    it(`${file.path} ${testCase.name ?? ''}`, () => {
      const issues = validateExpression(testCase.expression);
      expect(issues.map((issue) => issue.message).join('\n')).toContain(testCase.expectsFailure);
    });
  }
});
