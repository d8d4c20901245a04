import { joinPointer, type Diagnostic } from '../diagnostics.ts';
import { asRecord } from './appFormat.ts';

const VARIABLE_SOURCES = /^(dataModel\..+|instanceContext|applicationSettings|customTextParameters)$/;

/**
 * Variables the runtime cannot read: the reference frontend fails on them (a variable without a
 * `dataSource` took the whole form down), so they are errors, located at the variable.
 */
export function textVariableProblems(resources: readonly unknown[], file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  resources.forEach((resource, index) => {
    const variables = asRecord(resource)?.variables;
    if (variables === undefined) return;
    const id = asRecord(resource)?.id;
    const text = typeof id === 'string' ? `The text "${id}"` : 'This text';
    if (!Array.isArray(variables)) {
      problems.push({
        severity: 'error',
        code: 'text-variable',
        file,
        pointer: joinPointer('resources', index, 'variables'),
        message: `${text} has "variables" that is not a list; its {0}, {1}… stay unfilled.`,
      });
      return;
    }
    variables.forEach((variable, position) => {
      const entry = asRecord(variable);
      const dataSource = entry?.dataSource;
      const problem =
        entry === undefined
          ? 'is not an object with "key" and "dataSource"'
          : typeof entry.key !== 'string'
            ? 'has no "key" (the path or name to read)'
            : typeof dataSource !== 'string'
              ? 'has no "dataSource" (dataModel.<type>, instanceContext, applicationSettings or customTextParameters)'
              : VARIABLE_SOURCES.test(dataSource)
                ? undefined
                : `reads from "${dataSource}", which is not dataModel.<type>, instanceContext, applicationSettings or customTextParameters`;
      if (!problem) return;
      problems.push({
        severity: 'error',
        code: 'text-variable',
        file,
        pointer: joinPointer('resources', index, 'variables', position),
        message: `${text}: variable {${position}} ${problem}; it shows its default value instead.`,
      });
    });
  });
  return problems;
}
