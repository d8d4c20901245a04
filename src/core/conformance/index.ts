import { loadJmespath } from '../expressions/functions/jmespathLoader.ts';

// The suite evaluates `jmespath` cases without `loadLayoutSet`, which would have loaded it.
await loadJmespath();

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
