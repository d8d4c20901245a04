/** The 47 functions of the language, in the order the spec lists them. */
export const FUNCTION_NAMES = [
  'equals',
  'notEquals',
  'not',
  'and',
  'or',
  'greaterThan',
  'greaterThanEq',
  'lessThan',
  'lessThanEq',
  'plus',
  'minus',
  'multiply',
  'divide',
  'concat',
  'if',
  'instanceContext',
  'frontendSettings',
  'authContext',
  'component',
  'dataModel',
  'countDataElements',
  'externalApi',
  'displayValue',
  'optionLabel',
  'formatDate',
  'compare',
  'round',
  'text',
  'language',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'commaContains',
  'stringReplace',
  'stringLength',
  'stringSlice',
  'stringIndexOf',
  'lowerCase',
  'upperCase',
  'lowerCaseFirst',
  'upperCaseFirst',
  'linkToComponent',
  'linkToPage',
  'argv',
  'value',
  '_experimentalSelectAndMap',
] as const;

export type FunctionName = (typeof FUNCTION_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(FUNCTION_NAMES);

export function isFunctionName(name: unknown): name is FunctionName {
  return typeof name === 'string' && NAMES.has(name);
}
