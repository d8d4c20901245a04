import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  detectSuiteFormat,
  formatConformanceReport,
  runConformance,
  type SuiteFile,
} from '../../src/core/conformance/index.ts';

const SUITE = fileURLToPath(new URL('../../../shared/conformance/expressions', import.meta.url));
const V9_SUITE = fileURLToPath(new URL('../../../shared/conformance/expressions-v9', import.meta.url));

function readSuite(root: string): SuiteFile[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return {
        path: relative(root, absolute).split(sep).join('/'),
        content: JSON.parse(readFileSync(absolute, 'utf8')) as unknown,
      };
    });
}

describe('shared expression conformance suite (functions, invalid, context-lists) through the node tree', () => {
  it('passes every case', { timeout: 60_000 }, () => {
    const report = runConformance(readSuite(SUITE));
    const failures = formatConformanceReport(report).filter((line) => line.startsWith('FAIL'));
    expect(failures).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.passed).toBeGreaterThanOrEqual(540);
    expect(report.skippedFiles.map((skipped) => skipped.file)).toEqual([
      'functions/text/should-return-text-resource-with-variable-in-rep-group-no-index-markers.json',
    ]);
  });
});

describe('the v9 frontend additions to the shared suite', () => {
  it('passes every case, run as the v9 frontend', { timeout: 60_000 }, () => {
    const files = readSuite(V9_SUITE);
    const report = runConformance(files);
    expect(report.format).toBe('v9');
    expect(formatConformanceReport(report).filter((line) => line.startsWith('FAIL'))).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(109);
  });

  it('contradicts the v8 suite where v9 changed dataModel, so each runs as its own frontend', () => {
    const files = readSuite(V9_SUITE).filter((file) => file.path.startsWith('functions/dataModel/'));
    const asV8 = runConformance(files, { format: 'v8' });
    expect(asV8.failed).toBeGreaterThan(0);
    expect(runConformance(files, { format: 'v9' }).failed).toBe(0);
  });
});

describe('detectSuiteFormat', () => {
  const file = (content: unknown): SuiteFile => ({ path: 'functions/x/x.json', content });

  it('calls a suite v9 when any file uses a v9 function or a component type as v9 spells it', () => {
    expect(detectSuiteFormat([file({ expression: ['plus', 1, 1] }), file({ expression: ['count', ['list']] })])).toBe(
      'v9',
    );
    expect(detectSuiteFormat([file({ layouts: { p: { data: { layout: [{ id: 'h', type: 'Heading' }] } } } })])).toBe(
      'v9',
    );
  });

  it('calls everything else v8, including v8 spellings and strings that merely name v9 functions', () => {
    expect(detectSuiteFormat([file({ layouts: { p: { data: { layout: [{ id: 'h', type: 'Header' }] } } } })])).toBe(
      'v8',
    );
    expect(detectSuiteFormat([file({ expression: ['concat', 'sum', 'count'] })])).toBe('v8');
  });
});

describe('conformance runner', () => {
  it('reports failures per case with expected and actual values, and skips disabled files', () => {
    const files: SuiteFile[] = [
      { path: 'functions/x/ok.json', content: { name: 'ok', expression: ['plus', 1, 2], expects: 3 } },
      {
        path: 'functions/x/bad.json',
        content: {
          name: 'bad',
          expression: ['plus', 1, 2],
          expects: 4,
          testCases: [{ expression: ['concat'], expects: '' }],
        },
      },
      {
        path: 'functions/x/fails.json',
        content: { name: 'fails', expression: ['component', 'nope'], expectsFailure: 'Unable to find component' },
      },
      { path: 'invalid/x.json', content: { name: 'invalid', expression: [], expectsFailure: 'Missing function name' } },
      {
        path: 'functions/x/off.json',
        content: { name: 'off', disabledFrontend: true, expression: ['plus', 1, 1], expects: 2 },
      },
    ];
    const report = runConformance(files);
    expect(formatConformanceReport(report)).toEqual([
      'SKIP functions/x/off.json: disabledFrontend (not run by the reference frontend)',
      'FAIL functions/x/bad.json › bad: expected 4, got 3',
      '4 passed, 1 failed, 1 skipped',
    ]);
  });
});
