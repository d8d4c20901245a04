import { formatPath, type PathSegment } from '../data/path.ts';
import type { FieldIssue } from './fieldIssue.ts';
import { ValidationMask } from './masks.ts';

/**
 * Text that could not be converted to the schema type lives in the invalid-data model; every
 * such value is an issue, so a user's input is never dropped silently.
 */
export function invalidDataIssues(dataType: string, invalidModel: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  walk(invalidModel, [], (segments) => {
    const field = formatPath(segments);
    out.push({
      key: `invalidData|${dataType}|${field}`,
      severity: 'error',
      source: 'invalidData',
      category: ValidationMask.Schema,
      textKey: 'validation_errors.pattern',
      params: [],
      dataType,
      field,
    });
  });
  return out;
}

function walk(value: unknown, at: PathSegment[], found: (segments: PathSegment[]) => void): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...at, index], found));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...at, key], found);
  } else if (at.length > 0) {
    found(at);
  }
}
