import type { Issue } from './types.ts';

/**
 * The error of a data model that cannot be checked against its schema. Always shown (category 0)
 * and blocking: a form whose checks are off must not submit data nobody checked.
 */
export function uncheckedModelIssue(dataType: string): Issue {
  return {
    key: `schema|${dataType}|unchecked`,
    severity: 'error',
    source: 'schema',
    category: 0,
    textKey: 'validation_errors.schema_unavailable',
    params: [dataType],
    dataType,
  };
}
