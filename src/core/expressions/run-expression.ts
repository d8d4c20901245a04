import { castTo } from './cast.ts';
import type { ExpressionContext } from './context.ts';
import type { ArgSpec } from './define-function.ts';
import { ExpressionRuntimeError } from './errors.ts';
import type { FunctionName } from './function-names.ts';
import { FUNCTIONS } from './functions/registry.ts';
import type { ExpressionFormat } from './types.ts';
import { specAt } from './validate.ts';
import { errorMessage } from './error-message.ts';

/** A failure tied to the sub-expression where it happened. */
export class LocatedFailure {
  constructor(
    readonly message: string,
    readonly pointer: string,
  ) {}
}

function locate<T>(pointer: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof LocatedFailure) throw error;
    throw new LocatedFailure(errorMessage(error), pointer);
  }
}

/** Rest parameters collect the remaining values; missing optionals stay undefined. */
function groupArgs(specs: readonly ArgSpec[], values: readonly unknown[]): unknown[] {
  return specs.map((spec, index) => (spec.kind === 'rest' ? values.slice(index) : values[index]));
}

function castArg(spec: ArgSpec | undefined, value: unknown): unknown {
  const cast = castTo(spec?.type ?? 'any', value);
  // Static validation refuses a literal null here; a null computed at runtime fails the same way.
  if (cast === null && spec?.nullable === false)
    throw new ExpressionRuntimeError(`Expected ${spec.type}, got value null`);
  return cast;
}

/**
 * Evaluates an already validated expression depth-first and eagerly: every argument is computed
 * and cast to its declared type before the function runs, and the result is cast to the declared
 * return type. Throws `LocatedFailure` only.
 */
export function runExpression(
  node: unknown,
  pointer: string,
  context: ExpressionContext,
  format: ExpressionFormat,
): unknown {
  if (!Array.isArray(node)) return node;
  const [name, ...rawArgs] = node as [FunctionName, ...unknown[]];
  const definition = FUNCTIONS[name];
  const values = rawArgs.map((arg, index) => {
    const argPointer = `${pointer}/${index + 1}`;
    const value = runExpression(arg, argPointer, context, format);
    return locate(argPointer, () => castArg(specAt(definition.args, index), value));
  });
  return locate(pointer, () => {
    const result = definition.run({ context, rawArgs, format }, groupArgs(definition.args, values));
    return castTo(definition.returns, result);
  });
}
