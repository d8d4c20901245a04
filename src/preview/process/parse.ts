import { validateExpression } from '../../core/expressions/index.ts';
import { bindGatewayAction } from './conditions.ts';
import { isServiceTaskType } from './taskTypes.ts';
import type {
  PaymentConfig,
  PdfConfig,
  ProcessDefinition,
  ProcessDiagnostic,
  ProcessElement,
  SequenceFlow,
  SignatureConfig,
  TaskAction,
  TaskDefinition,
} from './types.ts';
import { childText, childrenNamed, firstChild, parseXml, type XmlElement } from './xml.ts';

export interface ParsedProcess {
  /** Null only when the file has no runnable process at all (broken XML, no `process`). */
  readonly definition: ProcessDefinition | null;
  readonly diagnostics: ProcessDiagnostic[];
}

/** Task types the Altinn engine knows; anything else is a generic task that waits for an action of its own name. */
const USER_TASK_TYPES = ['data', 'confirmation', 'feedback', 'signing', 'payment'];

/** BPMN elements the Altinn engine ignores (platform §4.1); a process that uses them does not run as drawn. */
const UNSUPPORTED_FLOW_ELEMENTS = new Set([
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
  'userTask',
  'manualTask',
  'scriptTask',
  'businessRuleTask',
  'sendTask',
  'receiveTask',
  'callActivity',
  'subProcess',
]);

/** Children of `process` that carry no behaviour. */
const INERT = new Set(['documentation', 'extensionElements', 'laneSet', 'textAnnotation', 'association', 'dataObject']);

function nameOf(element: XmlElement): string | null {
  return element.attributes['name'] || null;
}

function outgoingOf(element: XmlElement): string[] {
  return childrenNamed(element, 'outgoing')
    .map((child) => child.text)
    .filter(Boolean);
}

function dataTypeList(element: XmlElement | undefined, listName: string, itemName: string): string[] {
  const list = element ? firstChild(element, listName) : undefined;
  return list ? childrenNamed(list, itemName).map((child) => child.text) : [];
}

function readActions(extension: XmlElement): TaskAction[] {
  const actions = firstChild(extension, 'actions');
  if (!actions) return [];
  return childrenNamed(actions, 'action')
    .filter((action) => action.text)
    .map((action) => ({
      id: action.text,
      kind: action.attributes['type'] === 'serverAction' ? 'serverAction' : 'processAction',
    }));
}

function readSignatureConfig(extension: XmlElement): SignatureConfig | null {
  const config = firstChild(extension, 'signatureConfig');
  if (!config) return null;
  return {
    dataTypesToSign: dataTypeList(config, 'dataTypesToSign', 'dataType'),
    signatureDataType: childText(config, 'signatureDataType'),
    uniqueFromSignaturesInDataTypes: dataTypeList(config, 'uniqueFromSignaturesInDataTypes', 'dataType'),
    signeeProviderId: childText(config, 'signeeProviderId'),
    signeeStatesDataTypeId: childText(config, 'signeeStatesDataTypeId'),
    signingPdfDataType: childText(config, 'signingPdfDataType'),
    runDefaultValidator: childText(config, 'runDefaultValidator')?.toLowerCase() === 'true',
  };
}

function readPaymentConfig(extension: XmlElement): PaymentConfig | null {
  const config = firstChild(extension, 'paymentConfig');
  if (!config) return null;
  return {
    paymentDataType: childText(config, 'paymentDataType'),
    paymentReceiptPdfDataType: childText(config, 'paymentReceiptPdfDataType'),
  };
}

function readPdfConfig(extension: XmlElement): PdfConfig | null {
  const config = firstChild(extension, 'pdfConfig');
  if (!config) return null;
  return {
    filenameTextResourceKey: childText(config, 'filenameTextResourceKey'),
    autoPdfTaskIds: dataTypeList(config, 'autoPdfTaskIds', 'taskId'),
  };
}

/** `connectedDataTypeId` of a gateway extension, which apps put on gateways and on the task before one. */
function connectedDataType(element: XmlElement): string | null {
  const extensions = firstChild(element, 'extensionElements');
  const gateway = extensions ? firstChild(extensions, 'gatewayExtension') : undefined;
  return gateway ? childText(gateway, 'connectedDataTypeId') : null;
}

function readTask(element: XmlElement, diagnostics: ProcessDiagnostic[]): TaskDefinition {
  const id = element.attributes['id'] ?? '';
  const extensions = firstChild(element, 'extensionElements');
  const extension = extensions ? firstChild(extensions, 'taskExtension') : undefined;
  const taskType = (extension && childText(extension, 'taskType')) ?? '';
  const elementType = element.name === 'serviceTask' ? 'ServiceTask' : 'Task';
  const known = isServiceTaskType(taskType) || USER_TASK_TYPES.includes(taskType);
  // A service task of another type is the app's own code (an IServiceTask). The preview cannot run
  // it, but stopping there would strand every instance, so it moves past it and says so at start.
  const appServiceTask = elementType === 'ServiceTask' && taskType !== '' && !known;
  const autoAdvance = isServiceTaskType(taskType) || appServiceTask;
  if (!taskType) {
    diagnostics.push({
      severity: 'warning',
      code: 'missing-task-type',
      elementId: id,
      message: `Task ${id} has no altinn:taskType; Altinn answers process/next there with 409, so no one can move past it`,
    });
  } else if (appServiceTask) {
    diagnostics.push({
      severity: 'warning',
      code: 'unknown-task-type',
      elementId: id,
      message: `The service task ${id} has task type "${taskType}", which is the app's own code; the preview does not run it and moves the process past it as if it had succeeded`,
    });
  } else if (!known) {
    diagnostics.push({
      severity: 'warning',
      code: 'unknown-task-type',
      elementId: id,
      message: `The task ${id} has task type "${taskType}", which the preview knows no behaviour for; it waits there until process/next is called with action "${taskType}", as in Altinn`,
    });
  }
  return {
    kind: 'task',
    id,
    name: nameOf(element),
    elementType,
    taskType,
    actions: extension ? readActions(extension) : [],
    autoAdvance,
    connectedDataTypeId: connectedDataType(element),
    signatureConfig: extension ? readSignatureConfig(extension) : null,
    paymentConfig: extension ? readPaymentConfig(extension) : null,
    pdfConfig: extension ? readPdfConfig(extension) : null,
    outgoing: outgoingOf(element),
  };
}

function readFlow(element: XmlElement, diagnostics: ProcessDiagnostic[]): SequenceFlow {
  const id = element.attributes['id'] ?? '';
  const conditionText = childText(element, 'conditionExpression');
  let condition: unknown = null;
  if (conditionText !== null) {
    try {
      condition = JSON.parse(conditionText);
      // The expression language has no gatewayAction function; the engine binds it to the action
      // before evaluating, so check the shape with a stand-in value.
      const [issue] = validateExpression(bindGatewayAction(condition, null), 'boolean');
      if (issue) {
        diagnostics.push({
          severity: 'error',
          code: 'malformed-condition',
          elementId: id,
          message: `The condition of sequence flow ${id} is not a valid expression: ${issue.message} (at "${issue.pointer || '/'}")`,
        });
      }
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        code: 'malformed-condition',
        elementId: id,
        message: `The condition of sequence flow ${id} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
      condition = { malformed: conditionText };
    }
  }
  return {
    id,
    sourceRef: element.attributes['sourceRef'] ?? '',
    targetRef: element.attributes['targetRef'] ?? '',
    condition,
    flowType: element.attributes['flowtype'] ?? element.attributes['flowType'] ?? null,
  };
}

function readElement(element: XmlElement, diagnostics: ProcessDiagnostic[]): ProcessElement | null {
  const id = element.attributes['id'] ?? '';
  switch (element.name) {
    case 'startEvent':
      return { kind: 'startEvent', id, name: nameOf(element), outgoing: outgoingOf(element) };
    case 'endEvent':
      return { kind: 'endEvent', id, name: nameOf(element) };
    case 'task':
    case 'serviceTask':
      return readTask(element, diagnostics);
    case 'exclusiveGateway':
      return {
        kind: 'exclusiveGateway',
        id,
        name: nameOf(element),
        defaultFlow: element.attributes['default'] || null,
        connectedDataTypeId: connectedDataType(element),
        outgoing: outgoingOf(element),
      };
    default:
      return null;
  }
}

function findProcess(root: XmlElement, diagnostics: ProcessDiagnostic[]): XmlElement | null {
  const processes = childrenNamed(root, 'process');
  if (processes.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'no-process',
      elementId: null,
      message: 'The file has no bpmn:process element',
    });
    return null;
  }
  if (processes.length > 1) {
    diagnostics.push({
      severity: 'error',
      code: 'several-processes',
      elementId: processes[1]?.attributes['id'] ?? null,
      message: `The file has ${processes.length} bpmn:process elements; Altinn runs one, the preview uses the first`,
    });
  }
  return processes[0] ?? null;
}

/** Checks that every flow connects known elements and every gateway default names one of its flows. */
function checkReferences(definition: ProcessDefinition, diagnostics: ProcessDiagnostic[]): void {
  for (const flow of definition.flows.values()) {
    if (!definition.elements.has(flow.targetRef)) {
      diagnostics.push({
        severity: 'error',
        code: 'missing-target',
        elementId: flow.id,
        message: `Sequence flow ${flow.id} leads to "${flow.targetRef}", which is no task, gateway or end event the preview can run`,
      });
    }
    const listedBy = [...definition.elements.values()].find(
      (element) => element.kind !== 'endEvent' && element.outgoing.includes(flow.id),
    );
    if (listedBy && listedBy.id !== flow.sourceRef) {
      diagnostics.push({
        severity: 'warning',
        code: 'flow-source-mismatch',
        elementId: flow.id,
        message: `Sequence flow ${flow.id} has sourceRef "${flow.sourceRef}" but is an outgoing flow of ${listedBy.id}; the process follows it from ${listedBy.id}, as Altinn does`,
      });
    }
  }
  for (const element of definition.elements.values()) {
    if (element.kind === 'endEvent') continue;
    if (element.outgoing.length === 0) {
      diagnostics.push({
        severity: 'error',
        code: 'missing-flow',
        elementId: element.id,
        message: `${element.id} has no outgoing sequence flow, so the process cannot move on from it`,
      });
    }
    if (element.kind === 'exclusiveGateway' && element.defaultFlow && !element.outgoing.includes(element.defaultFlow)) {
      diagnostics.push({
        severity: 'error',
        code: 'missing-default-flow',
        elementId: element.id,
        message: `Gateway ${element.id} has default flow "${element.defaultFlow}", which is not one of its outgoing flows`,
      });
    }
  }
}

/**
 * Reads an app's `process.bpmn` into what the engine runs, and names everything that will not run
 * as the real Altinn engine would. Namespace prefixes are ignored (apps use `bpmn:`, `bpmn2:` or
 * none); elements are matched on their local names.
 */
export function parseProcess(xml: string): ParsedProcess {
  const diagnostics: ProcessDiagnostic[] = [];
  const parsed = parseXml(xml);
  if ('error' in parsed) {
    const { message, line, column } = parsed.error;
    diagnostics.push({
      severity: 'error',
      code: 'malformed-xml',
      elementId: null,
      message: `process.bpmn is not well-formed XML (line ${line}, column ${column}): ${message}`,
    });
    return { definition: null, diagnostics };
  }
  const process = findProcess(parsed.root, diagnostics);
  if (!process) return { definition: null, diagnostics };

  const elements = new Map<string, ProcessElement>();
  const flows = new Map<string, SequenceFlow>();
  const tasks: TaskDefinition[] = [];
  const startEvents: string[] = [];
  const outgoingFromFlows = new Map<string, string[]>();

  for (const child of process.children) {
    const id = child.attributes['id'];
    if (INERT.has(child.name)) continue;
    if (!id) {
      diagnostics.push({
        severity: 'error',
        code: 'missing-id',
        elementId: null,
        message: `A bpmn:${child.name} element has no id`,
      });
      continue;
    }
    if (elements.has(id) || flows.has(id)) {
      diagnostics.push({
        severity: 'error',
        code: 'duplicate-id',
        elementId: id,
        message: `The id ${id} is used twice`,
      });
      continue;
    }
    if (child.name === 'sequenceFlow') {
      const flow = readFlow(child, diagnostics);
      flows.set(id, flow);
      outgoingFromFlows.set(flow.sourceRef, [...(outgoingFromFlows.get(flow.sourceRef) ?? []), id]);
      continue;
    }
    const element = readElement(child, diagnostics);
    if (element) {
      elements.set(id, element);
      if (element.kind === 'task') tasks.push(element);
      if (element.kind === 'startEvent') startEvents.push(id);
      continue;
    }
    diagnostics.push({
      severity: UNSUPPORTED_FLOW_ELEMENTS.has(child.name) ? 'error' : 'warning',
      code: 'unsupported-element',
      elementId: id,
      message: `bpmn:${child.name} ${id} is not supported by the Altinn process engine; the preview ignores it`,
    });
  }

  // Like the Altinn engine, follow the flows an element lists as `outgoing`; an element that lists
  // none (hand-written files) falls back to the flows whose sourceRef names it.
  for (const [id, element] of elements) {
    if (element.kind === 'endEvent') continue;
    const listed = element.outgoing.filter((flowId) => {
      if (flows.has(flowId)) return true;
      diagnostics.push({
        severity: 'warning',
        code: 'missing-flow',
        elementId: id,
        message: `${id} lists outgoing flow "${flowId}", which is not in the process`,
      });
      return false;
    });
    elements.set(id, { ...element, outgoing: listed.length > 0 ? listed : (outgoingFromFlows.get(id) ?? []) });
  }
  const orderedTasks = tasks.map((task) => elements.get(task.id) as TaskDefinition);

  if (startEvents.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'no-start-event',
      elementId: process.attributes['id'] ?? null,
      message: 'The process has no start event',
    });
  }
  const definition: ProcessDefinition = {
    id: process.attributes['id'] ?? '',
    elements,
    flows,
    startEvents,
    tasks: orderedTasks,
  };
  checkReferences(definition, diagnostics);
  return { definition, diagnostics };
}
