import { runContextListTest } from './contextListTest.ts';
import { runFunctionTest } from './functionTest.ts';
import { runInvalidTest } from './invalidTest.ts';
import type { CaseResult, ConformanceReport, FunctionTestFile, SkippedFile, SuiteFile } from './types.ts';

function isInvalidSuite(path: string): boolean {
  return path.split('/').includes('invalid');
}

function caseCount(test: FunctionTestFile): number {
  return ('expression' in test ? 1 : 0) + (test.testCases?.length ?? 0) || 1;
}

/** Runs one file of the shared suite; the folder (`invalid/`) or the fields decide the kind of test. */
export function runSuiteFile(file: SuiteFile): { results: CaseResult[]; skipped?: SkippedFile } {
  if (file.content === null || typeof file.content !== 'object' || Array.isArray(file.content)) {
    return {
      results: [
        {
          file: file.path,
          caseName: '(file)',
          status: 'failed',
          expected: 'a JSON object',
          got: String(file.content).slice(0, 200),
        },
      ],
    };
  }
  const test = file.content as FunctionTestFile;
  if (test.disabledFrontend) {
    const reason =
      typeof test.disabledFrontend === 'string'
        ? test.disabledFrontend
        : 'disabledFrontend (not run by the reference frontend)';
    const results = Array.from({ length: caseCount(test) }, (): CaseResult => ({
      file: file.path,
      caseName: test.name ?? '(file)',
      status: 'skipped',
      reason,
    }));
    return { results, skipped: { file: file.path, reason } };
  }
  try {
    if (isInvalidSuite(file.path)) return { results: runInvalidTest(file.path, test) };
    if (test.expectedContexts !== undefined) return { results: runContextListTest(file.path, test) };
    return { results: runFunctionTest(file.path, test) };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      results: [
        {
          file: file.path,
          caseName: test.name ?? '(file)',
          status: 'failed',
          expected: 'the file to run',
          got: `crash: ${message}`,
        },
      ],
    };
  }
}

export function runConformance(files: readonly SuiteFile[]): ConformanceReport {
  const results: CaseResult[] = [];
  const skippedFiles: SkippedFile[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const outcome = runSuiteFile(file);
    results.push(...outcome.results);
    if (outcome.skipped) skippedFiles.push(outcome.skipped);
  }
  const count = (status: CaseResult['status']) => results.filter((result) => result.status === status).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), results, skippedFiles };
}

/** The report as printable lines: skipped files, one line per failure, and the `N passed, M failed` summary last. */
export function formatConformanceReport(report: ConformanceReport): string[] {
  const lines = report.skippedFiles.map((skipped) => `SKIP ${skipped.file}: ${skipped.reason}`);
  for (const result of report.results) {
    if (result.status === 'failed')
      lines.push(`FAIL ${result.file} › ${result.caseName}: expected ${result.expected}, got ${result.got}`);
  }
  lines.push(
    `${report.passed} passed, ${report.failed} failed${report.skipped > 0 ? `, ${report.skipped} skipped` : ''}`,
  );
  return lines;
}
