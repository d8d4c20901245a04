import { FUNCTIONS } from '../expressions/functions/registry.ts';
import { FUNCTION_NAMES, type ExpressionFormat } from '../expressions/index.ts';
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

export interface ConformanceOptions {
  /**
   * Which frontend's suite this is: `v8` (frontend v4, `shared-tests` of app-frontend-react) or
   * `v9` (the v9 frontend's additions). Default: what `detectSuiteFormat` finds.
   */
  readonly format?: ExpressionFormat;
}

const V9_FUNCTIONS = new Set<string>(FUNCTION_NAMES.filter((name) => FUNCTIONS[name].since === 'v9'));
// The component types v9 renamed; v8 suites spell them `Header` and `OrganisationLookup`.
const V9_TYPES = new Set(['heading', 'organizationlookup']);

function usesV9(value: unknown): boolean {
  if (Array.isArray(value)) {
    if (typeof value[0] === 'string' && V9_FUNCTIONS.has(value[0])) return true;
    return value.some(usesV9);
  }
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, child]) =>
    key === 'type' && typeof child === 'string' ? V9_TYPES.has(child.toLowerCase()) : usesV9(child),
  );
}

/**
 * The format a suite was written for. Both frontends' suites use the same file format and some
 * cases contradict each other (`dataModel` of an object is null in v8, the object in v9), so a
 * suite that calls a v9 function or uses a component type named the v9 way anywhere is a v9 suite.
 */
export function detectSuiteFormat(files: readonly SuiteFile[]): ExpressionFormat {
  return files.some((file) => usesV9(file.content)) ? 'v9' : 'v8';
}

/** Runs one file of the shared suite; the folder (`invalid/`) or the fields decide the kind of test. */
export function runSuiteFile(
  file: SuiteFile,
  format: ExpressionFormat = 'v8',
): { results: CaseResult[]; skipped?: SkippedFile } {
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
    if (isInvalidSuite(file.path)) return { results: runInvalidTest(file.path, test, format) };
    if (test.expectedContexts !== undefined) return { results: runContextListTest(file.path, test, format) };
    return { results: runFunctionTest(file.path, test, format) };
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

export function runConformance(files: readonly SuiteFile[], options: ConformanceOptions = {}): ConformanceReport {
  const format = options.format ?? detectSuiteFormat(files);
  const results: CaseResult[] = [];
  const skippedFiles: SkippedFile[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const outcome = runSuiteFile(file, format);
    results.push(...outcome.results);
    if (outcome.skipped) skippedFiles.push(outcome.skipped);
  }
  const count = (status: CaseResult['status']) => results.filter((result) => result.status === status).length;
  return {
    format,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    results,
    skippedFiles,
  };
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
