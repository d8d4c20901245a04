import type { DataElement } from '../../wire/dataElement.ts';
import type { ValidationIssueWithSource } from '../../wire/validation.ts';
import type { DataTypeConfig } from '../app/dataTypes.ts';

export const DATA_ELEMENT_VALIDATOR_SOURCE =
  'Altinn.App.Core.Features.Validation.Default.DefaultDataElementValidator-*';

/**
 * The virus-scan part of the reference's default data element validator (platform §7.3), run on
 * full validation and so on process/next: an infected file of the task is an error, and so is one
 * still Pending when its data type sets `validationErrorOnPendingFileScan`.
 */
export function fileScanIssues(
  dataTypes: readonly DataTypeConfig[],
  taskId: string,
  elements: readonly DataElement[],
): ValidationIssueWithSource[] {
  const issues: ValidationIssueWithSource[] = [];
  for (const element of elements) {
    const type = dataTypes.find((candidate) => candidate.id === element.dataType);
    if (!type?.enableFileScan || type.taskId !== taskId) continue;
    const name = element.filename ?? element.id;
    const problem =
      element.fileScanResult === 'Infected'
        ? {
            code: 'DataElementFileInfected',
            description: `The file ${name} contains a virus; delete it before the task can be submitted.`,
          }
        : element.fileScanResult === 'Pending' && type.validationErrorOnPendingFileScan
          ? {
              code: 'DataElementFileScanPending',
              description: `The file ${name} is still being scanned for viruses; submit again when the scan is done.`,
            }
          : undefined;
    if (!problem) continue;
    issues.push({
      severity: 1,
      source: DATA_ELEMENT_VALIDATOR_SOURCE,
      dataElementId: element.id,
      field: type.id,
      code: problem.code,
      description: problem.description,
      customTextKey: null,
      noIncrementalUpdates: true,
    });
  }
  return issues;
}
