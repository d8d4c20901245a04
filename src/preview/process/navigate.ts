import { conditionHolds, type ConditionContext, type DataModelReader } from './conditions.ts';
import { ProcessError } from './errors.ts';
import type {
  EndEventDefinition,
  ExclusiveGatewayDefinition,
  ProcessDefinition,
  SequenceFlow,
  TaskDefinition,
} from './types.ts';

export interface NavigationInput {
  readonly action: string | null;
  readonly dataModel: DataModelReader;
  readonly context?: ConditionContext;
  /** Connected data type of the element being left; gateways without their own use it. */
  readonly connectedDataType: string | null;
}

/** Where a move ends up, and the flows it took to get there (the first leaves the current element). */
export interface Destination {
  readonly element: TaskDefinition | EndEventDefinition;
  readonly path: readonly SequenceFlow[];
}

function flowsOut(definition: ProcessDefinition, elementId: string): SequenceFlow[] {
  const element = definition.elements.get(elementId);
  if (!element || element.kind === 'endEvent') return [];
  return element.outgoing.flatMap((id) => definition.flows.get(id) ?? []);
}

/** The flows of a gateway the process may take, per the rules of platform §4.2. */
function keptFlows(gateway: ExclusiveGatewayDefinition, flows: SequenceFlow[], input: NavigationInput): SequenceFlow[] {
  const conditional = flows.some((flow) => flow.condition !== null);
  const connectedDataType = gateway.connectedDataTypeId ?? input.connectedDataType;
  const kept = conditional
    ? flows.filter((flow) => flow.condition === null || conditionHolds(flow, { ...input, connectedDataType }))
    : flows;
  const preferred = kept.find((flow) => flow.id === gateway.defaultFlow);
  return preferred ? [preferred] : kept;
}

function follow(
  definition: ProcessDefinition,
  flow: SequenceFlow,
  input: NavigationInput,
  path: readonly SequenceFlow[],
  visitedGateways: ReadonlySet<string>,
): Destination[] {
  const target = definition.elements.get(flow.targetRef);
  const nextPath = [...path, flow];
  if (!target) {
    throw new ProcessError(
      'unknown-element',
      `Sequence flow ${flow.id} leads to "${flow.targetRef}", which is not in the process`,
      flow.id,
    );
  }
  if (target.kind === 'task' || target.kind === 'endEvent') return [{ element: target, path: nextPath }];
  if (target.kind === 'startEvent') {
    throw new ProcessError('no-next', `Sequence flow ${flow.id} leads back to start event ${target.id}`, flow.id);
  }
  if (visitedGateways.has(target.id)) {
    throw new ProcessError(
      'ambiguous-gateway',
      `Gateway ${target.id} leads back to itself without passing a task`,
      target.id,
    );
  }
  const kept = keptFlows(target, flowsOut(definition, target.id), input);
  if (kept.length !== 1) {
    const which =
      kept.length === 0 ? 'none of its flows' : `${kept.length} flows (${kept.map((f) => f.id).join(', ')})`;
    throw new ProcessError(
      kept.length === 0 ? 'no-next' : 'ambiguous-gateway',
      `Gateway ${target.id} allows ${which}${input.action ? ` for action "${input.action}"` : ''}; exactly one must hold`,
      target.id,
    );
  }
  return follow(definition, kept[0] as SequenceFlow, input, nextPath, new Set([...visitedGateways, target.id]));
}

/**
 * The single task or end event the process reaches when it leaves `fromId`. Gateways on the way
 * are resolved with their conditions; anything but exactly one destination is an error naming the
 * element where the choice failed.
 */
export function nextDestination(definition: ProcessDefinition, fromId: string, input: NavigationInput): Destination {
  const flows = flowsOut(definition, fromId);
  const destinations = flows.flatMap((flow) => follow(definition, flow, input, [], new Set()));
  if (destinations.length === 0) {
    throw new ProcessError('no-next', `${fromId} has no outgoing flow to a task or end event`, fromId);
  }
  if (destinations.length > 1) {
    const ids = destinations.map((destination) => destination.element.id).join(', ');
    throw new ProcessError(
      'ambiguous-gateway',
      `${fromId} leads to ${destinations.length} elements at once (${ids})`,
      fromId,
    );
  }
  return destinations[0] as Destination;
}
