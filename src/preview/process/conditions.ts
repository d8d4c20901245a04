import { evaluateExpression, type ExpressionContext } from '../../core/expressions/index.ts';
import { loadDateFormatter } from '../../core/expressions/functions/dateFormatLoader.ts';
import { loadJmespath } from '../../core/expressions/functions/jmespathLoader.ts';
import { ProcessError } from './errors.ts';
import type { SequenceFlow } from './types.ts';

// Gateway conditions are not in the layout set `loadLayoutSet` scans, and may call `jmespath` or `formatDate`.
await Promise.all([loadJmespath(), loadDateFormatter()]);

/** Reads a value at a dot path in the data model of `dataType` (undefined = the task's default data type). */
export type DataModelReader = (path: string, dataType?: string) => unknown;

/**
 * Replaces every `["gatewayAction"]` in a gateway condition with the action as a literal. The
 * layout expression language has no such function; only the backend's gateway evaluator adds it.
 */
export function bindGatewayAction(expression: unknown, action: string | null): unknown {
  if (!Array.isArray(expression)) return expression;
  if (expression.length === 1 && expression[0] === 'gatewayAction') return action;
  return expression.map((part: unknown) => bindGatewayAction(part, action));
}

/** What else a gateway condition may read (`instanceContext`, `frontendSettings`, `language`, …). */
export type ConditionContext = Omit<ExpressionContext, 'dataModel'>;

export interface ConditionInput {
  readonly action: string | null;
  readonly dataModel: DataModelReader;
  readonly context?: ConditionContext;
  /** Data type `["dataModel", path]` reads when the expression names none. */
  readonly connectedDataType: string | null;
}

/**
 * True when the flow's condition evaluates to exactly `true`. A condition that cannot be evaluated
 * is an error naming the flow: picking a branch anyway would hide a broken process.
 */
export function conditionHolds(flow: SequenceFlow, input: ConditionInput): boolean {
  const context: ExpressionContext = {
    ...input.context,
    dataModel: (path, dataType) => input.dataModel(path, dataType ?? input.connectedDataType ?? undefined),
  };
  const result = evaluateExpression(bindGatewayAction(flow.condition, input.action), context, {
    expected: 'any',
    defaultValue: null,
  });
  if (result.error) {
    throw new ProcessError(
      'condition-failed',
      `The condition of sequence flow ${flow.id} could not be evaluated: ${result.error.description}`,
      flow.id,
    );
  }
  return result.value === true;
}
