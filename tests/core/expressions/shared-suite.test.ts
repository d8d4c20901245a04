import { describe, expect, it } from 'vitest';
import { evaluateExpression, validateExpression } from '../../../src/core/expressions/index.ts';
import { fakeContext, type SuiteSetup } from './fake-context.ts';
import { readSuite } from './suite-files.ts';

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

const functionFiles = readSuite('functions');
const runnable = functionFiles.filter((f) => !needsTree(f.content) && !f.content.disabledFrontend);
const skipped = functionFiles.length - runnable.length;

describe('shared suite: functions (no layouts needed)', () => {
  it(`finds the suite and skips only tree-dependent files (${skipped} skipped)`, () => {
    expect(runnable.length).toBeGreaterThan(300);
  });

  for (const file of runnable) {
    const context = fakeContext(file.content as SuiteSetup);
    casesOf(file.content).forEach((testCase, index) => {
      it(`${file.path} #${index} ${testCase.name ?? ''}`, () => {
        const result = evaluateExpression(testCase.expression, context, { expected: 'any', defaultValue: null });
        if (testCase.expectsFailure !== undefined) {
          expect(result.error?.description).toContain(testCase.expectsFailure);
          expect(result.value).toBeNull();
        } else {
          expect(result.error).toBeUndefined();
          expect(validateExpression(testCase.expression)).toEqual([]);
          expect(JSON.stringify(result.value)).toEqual(JSON.stringify(testCase.expects));
        }
      });
    });
  }
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
