import type { FunctionDefinition } from '../define-function.ts';
import type { FunctionName } from '../function-names.ts';
import { plus, minus, multiply, divide, round } from './arithmetic.ts';
import { argv, value } from './arguments.ts';
import { average, count, list, object, sum } from './collections.ts';
import {
  authContext,
  component,
  countDataElements,
  dataModel,
  displayValue,
  frontendSettings,
  instanceContext,
  language,
  optionLabel,
  text,
} from './data-sources.ts';
import { compare, formatDate } from './dates.ts';
import { externalApi } from './external-api.ts';
import { jmespath } from './jmespath.ts';
import { linkToComponent, linkToPage } from './links.ts';
import { and, equals, if_, not, notEquals, or } from './logic.ts';
import { greaterThan, greaterThanEq, lessThan, lessThanEq } from './number-comparison.ts';
import { selectAndMap } from './select-and-map.ts';
import {
  commaContains,
  concat,
  contains,
  endsWith,
  lowerCase,
  lowerCaseFirst,
  notContains,
  startsWith,
  stringIndexOf,
  stringLength,
  stringReplace,
  stringSlice,
  upperCase,
  upperCaseFirst,
} from './strings.ts';

/** Every function by name; typed against FUNCTION_NAMES so a missing or extra entry fails to compile. */
export const FUNCTIONS: Readonly<Record<FunctionName, FunctionDefinition>> = {
  equals,
  notEquals,
  not,
  and,
  or,
  greaterThan,
  greaterThanEq,
  lessThan,
  lessThanEq,
  plus,
  minus,
  multiply,
  divide,
  concat,
  if: if_,
  instanceContext,
  frontendSettings,
  authContext,
  component,
  dataModel,
  countDataElements,
  externalApi,
  displayValue,
  optionLabel,
  formatDate,
  compare,
  round,
  text,
  language,
  contains,
  notContains,
  startsWith,
  endsWith,
  commaContains,
  stringReplace,
  stringLength,
  stringSlice,
  stringIndexOf,
  lowerCase,
  upperCase,
  lowerCaseFirst,
  upperCaseFirst,
  linkToComponent,
  linkToPage,
  argv,
  value,
  _experimentalSelectAndMap: selectAndMap,
  list,
  object,
  jmespath,
  sum,
  average,
  count,
};
