import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import { contextNodeId, treeForTest, type FunctionTestFile } from '../../src/core/conformance/index.ts';
import { evaluateExpression, type ExpressionContext } from '../../src/core/expressions/index.ts';
import { validateForm } from '../../src/core/validation/index.ts';
import { fieldKey, type BenchCase } from '../description.ts';
import { altinnApp } from '../generate.ts';

const SUITE = resolve(import.meta.dirname, '../../../shared/conformance/expressions/functions');

interface Prepared {
  expression: unknown;
  host: ExpressionContext;
}

/** Every succeeding case of the conformance suite's `functions/` folder, its tree built once. */
async function prepareExpressions(): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  for (const entry of await readdir(SUITE, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    let test: FunctionTestFile & {
      expression?: unknown;
      expectsFailure?: string;
      testCases?: { expression?: unknown; expectsFailure?: string }[];
    };
    try {
      test = JSON.parse(await readFile(join(entry.parentPath, entry.name), 'utf8'));
      const tree = treeForTest(test, 'v8');
      const nodeId = contextNodeId(test);
      const node = nodeId !== undefined ? tree.node(nodeId) : undefined;
      const host = tree.expressionContext({ node, page: test.context?.currentLayout ?? node?.page });
      const cases = [...('expression' in test ? [test] : []), ...(test.testCases ?? [])];
      for (const testCase of cases)
        if (!testCase.expectsFailure) prepared.push({ expression: testCase.expression, host });
    } catch {
      // A file the harness cannot build (argv, external APIs…) is left out of the mix, not guessed at.
    }
  }
  return prepared;
}

export interface EngineResult {
  expressions: { cases: number; evaluationsPerSecond: number[] };
  validateForm: { fields: number; ms: number[] };
}

export async function benchEngine(runs: number, validateFields: number): Promise<EngineResult> {
  const prepared = await prepareExpressions();
  const evaluationsPerSecond: number[] = [];
  for (let run = 0; run < runs; run++) {
    let evaluations = 0;
    const start = performance.now();
    while (performance.now() - start < 500) {
      for (const { expression, host } of prepared)
        evaluateExpression(expression, host, { expected: 'any', defaultValue: null });
      evaluations += prepared.length;
    }
    evaluationsPerSecond.push(evaluations / ((performance.now() - start) / 1000));
  }

  const benchCase: BenchCase = { id: 'validate', fields: validateFields, rows: 0 };
  const files = altinnApp(benchCase);
  // Required fields, half filled in: validation has issues to find and values to check.
  const layout = (files['App/ui/form/layouts/page1.json'] as { data: { layout: Record<string, unknown>[] } }).data
    .layout;
  for (const component of layout) component.required = true;
  const { layoutSet } = await loadLayoutSet(objectSource(files));
  if (!layoutSet) throw new Error('The generated app did not load');
  const data = Object.fromEntries(
    Array.from({ length: validateFields }, (_, index) => [fieldKey(index), index % 2 ? 'x' : '']),
  );
  const ms: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = validateForm(layoutSet, data);
    ms.push(performance.now() - start);
    if (result.issues.length !== validateFields / 2)
      throw new Error(`validateForm found ${result.issues.length} issues`);
  }
  return {
    expressions: { cases: prepared.length, evaluationsPerSecond },
    validateForm: { fields: validateFields, ms },
  };
}
