import { loadDateFormatter } from '../expressions/functions/dateFormatLoader.ts';
import { loadJmespath } from '../expressions/functions/jmespathLoader.ts';

// The suite evaluates `jmespath` and `formatDate` cases without `loadLayoutSet`, which would have loaded them.
await Promise.all([loadJmespath(), loadDateFormatter()]);

export {
  detectSuiteFormat,
  formatConformanceReport,
  runConformance,
  runSuiteFile,
  type ConformanceOptions,
} from './runner.ts';
export { contextsOf, type ContextEntry } from './contextListTest.ts';
export { HARNESS, treeForTest } from './harness.ts';
export { contextNodeId } from './functionTest.ts';
export type { CaseResult, CaseStatus, ConformanceReport, FunctionTestFile, SkippedFile, SuiteFile } from './types.ts';
