import { LIMITS } from '../limits/limits.ts';
import { arityMessage, arityOf } from './arity.ts';
import type { ArgSpec } from './define-function.ts';
import type { ExpressionIssue } from './evaluate-types.ts';
import { isFunctionName } from './function-names.ts';
import { FUNCTIONS } from './functions/registry.ts';
import { accepts, type StaticType } from './type-compatibility.ts';
import type { ExpectedType, ExpressionFormat } from './types.ts';

/** The declared parameter at `index`, continuing with the rest parameter past the end. */
export function specAt(args: readonly ArgSpec[], index: number): ArgSpec | undefined {
  const last = args[args.length - 1];
  return args[index] ?? (last?.kind === 'rest' ? last : undefined);
}

function literalType(value: string | number | boolean | null): StaticType {
  return value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean');
}

// Real expressions are a handful of levels deep; the cap keeps hostile input from exhausting the
// stack, and is the one nesting limit app files have (docs/limits.md).
export const MAX_DEPTH = LIMITS.depth;

export interface ValidateOptions {
  /** The language version of the app; `v9` (the default) has the functions v8 apps lack. */
  readonly format?: ExpressionFormat;
}

/** Checks one node and returns its static type, or undefined when the node is broken. */
function validateNode(
  node: unknown,
  pointer: string,
  issues: ExpressionIssue[],
  format: ExpressionFormat,
  depth = 0,
): StaticType | undefined {
  if (node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
    return literalType(node);
  }
  if (!Array.isArray(node)) {
    issues.push({ message: `Invalid type "${typeof node}"`, pointer });
    return undefined;
  }
  if (depth >= MAX_DEPTH) {
    issues.push({ message: `Expression is nested deeper than ${MAX_DEPTH} levels`, pointer });
    return undefined;
  }
  if (node.length === 0) {
    issues.push({ message: 'Missing function name in expression', pointer });
    return undefined;
  }
  const [name, ...rawArgs] = node as unknown[];
  if (typeof name !== 'string') {
    issues.push({ message: 'Function name in expression should be string', pointer: `${pointer}/0` });
    return undefined;
  }
  if (!isFunctionName(name)) {
    issues.push({ message: `Function "${name}" not implemented`, pointer });
    return undefined;
  }
  const definition = FUNCTIONS[name];
  if (definition.since === 'v9' && format === 'v8') {
    // The reference v8 frontend does not know the function at all; say why it works elsewhere.
    issues.push({ message: `Function "${name}" not implemented in v8 apps (it is new in v9)`, pointer });
    return undefined;
  }
  const before = issues.length;
  const arity = arityOf(definition.args);
  if (!definition.customArity && (rawArgs.length < arity.min || rawArgs.length > arity.max)) {
    issues.push({ message: arityMessage(arity, rawArgs.length), pointer });
  }
  rawArgs.forEach((arg, index) => {
    const argPointer = `${pointer}/${index + 1}`;
    const actual = validateNode(arg, argPointer, issues, format, depth + 1);
    const spec = specAt(definition.args, index);
    if (actual !== undefined && spec !== undefined && !accepts(spec.type, actual, spec.nullable)) {
      issues.push({ message: `Expected argument to be ${spec.type}, got ${actual}`, pointer: argPointer });
    }
  });
  // Function-specific rules assume a well-formed call, so they only run when nothing else failed.
  if (issues.length === before && definition.validate) issues.push(...definition.validate({ rawArgs, pointer }));
  return definition.returns;
}

/**
 * Static checks (§3.3): shapes, known functions, argument counts and types, and per-function rules.
 * An empty list means the expression may be evaluated. Literals are valid expressions of their own type.
 */
export function validateExpression(
  expr: unknown,
  expectedType: ExpectedType = 'any',
  options: ValidateOptions = {},
): ExpressionIssue[] {
  const issues: ExpressionIssue[] = [];
  const type = validateNode(expr, '', issues, options.format ?? 'v9');
  if (issues.length === 0 && type !== undefined && !accepts(expectedType, type)) {
    issues.push({ message: `Expected expression to return ${expectedType}, got ${type}`, pointer: '' });
  }
  return issues;
}
