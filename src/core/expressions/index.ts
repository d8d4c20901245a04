export type {
  ExprArg,
  ExpectedType,
  ExpectedTypeMap,
  Expression,
  ExprInput,
  ExprList,
  ExprLiteral,
  ExprObject,
  ExprPointer,
  ExprResult,
  ExprType,
  ExprValue,
  ExpressionFormat,
} from './types.ts';
export type { ComponentLocation, ExpressionContext, InstanceContextKey, ValueArguments } from './context.ts';
export { INSTANCE_CONTEXT_KEYS } from './context.ts';
export type { EvaluateOptions, EvaluateResult, ExpressionError, ExpressionIssue } from './evaluate-types.ts';
export { ExpressionRuntimeError } from './errors.ts';
export { validateExpression, type ValidateOptions } from './validate.ts';
export { evaluateExpression } from './evaluate.ts';
export { isExpression } from './is-expression.ts';
export { FUNCTION_NAMES, isFunctionName, type FunctionName } from './function-names.ts';
export { instanceContextValue, type InstanceLike } from './instance-context.ts';
