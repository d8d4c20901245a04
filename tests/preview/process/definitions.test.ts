import { describe, expect, it } from 'vitest';
import {
  actionsPermittingNext,
  defaultActionForTask,
  moveNext,
  parseProcess,
  ProcessError,
  startProcess,
  type MoveNextResult,
  type ProcessDefinition,
  type ProcessState,
} from '../../../src/preview/process/index.ts';

const now = new Date('2026-03-01T10:00:00Z');
const performedBy = { userId: 1337 };
const noData = () => undefined;

/** A process file with the given prefix (`bpmn:`, `bpmn2:` or none) around `body`. */
function bpmn(body: string, prefix = 'bpmn:'): string {
  const ns = prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns';
  return `<?xml version="1.0" encoding="UTF-8"?>
<${prefix}definitions ${ns}="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:altinn="http://altinn.no/process">
  <${prefix}process id="P">${body.replaceAll('<b:', `<${prefix}`).replaceAll('</b:', `</${prefix}`)}</${prefix}process>
</${prefix}definitions>`;
}

function task(id: string, taskType: string, element = 'task', actions = ''): string {
  return `<b:${element} id="${id}" name="${id} name"><b:extensionElements><altinn:taskExtension>
    <altinn:taskType>${taskType}</altinn:taskType>${actions}</altinn:taskExtension></b:extensionElements></b:${element}>`;
}

function flow(id: string, from: string, to: string, condition?: string, extra = ''): string {
  const body = condition === undefined ? '' : `<b:conditionExpression>${condition}</b:conditionExpression>`;
  return `<b:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"${extra}>${body}</b:sequenceFlow>`;
}

function parsed(xml: string): ProcessDefinition {
  const { definition, diagnostics } = parseProcess(xml);
  expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return definition!;
}

function started(definition: ProcessDefinition): ProcessState {
  return startProcess(definition, { now, performedBy }).state;
}

const start = '<b:startEvent id="Start"/>';
const end = '<b:endEvent id="End"/>';

describe('namespace prefixes', () => {
  it.each(['bpmn:', 'bpmn2:', ''])('reads a process written with prefix "%s"', (prefix) => {
    const xml = bpmn(
      `${start}${task('Task_1', 'data')}${end}${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'End')}`,
      prefix,
    );
    const definition = parsed(xml);
    expect(definition.tasks.map((candidate) => candidate.id)).toEqual(['Task_1']);
    const moved = moveNext(definition, started(definition), { action: null, dataModel: noData, now, performedBy });
    expect(moved.ended).toBe(true);
  });
});

describe('exclusive gateways', () => {
  const gatewayProcess = (defaultFlow: string, conditionA: string, conditionB: string) =>
    bpmn(
      `${start}${task('Task_1', 'data')}${task('Task_A', 'data')}${task('Task_B', 'data')}${end}
      <b:exclusiveGateway id="Gw" default="${defaultFlow}"/>
      ${flow('f1', 'Start', 'Task_1')}${flow('toGw', 'Task_1', 'Gw')}
      ${flow('toA', 'Gw', 'Task_A', conditionA)}${flow('toB', 'Gw', 'Task_B', conditionB)}
      ${flow('aEnd', 'Task_A', 'End')}${flow('bEnd', 'Task_B', 'End')}`,
    );

  it('takes the default flow when it is among several flows whose conditions hold', () => {
    const definition = parsed(gatewayProcess('toB', '["equals", 1, 1]', '["equals", 2, 2]'));
    const moved = moveNext(definition, started(definition), { action: null, dataModel: noData, now, performedBy });
    expect(moved.entered?.id).toBe('Task_B');
  });

  it('ignores the default flow when its condition does not hold', () => {
    const definition = parsed(gatewayProcess('toB', '["equals", 1, 1]', '["equals", 1, 2]'));
    const moved = moveNext(definition, started(definition), { action: null, dataModel: noData, now, performedBy });
    expect(moved.entered?.id).toBe('Task_A');
  });

  it('refuses when several conditions hold and there is no default, naming the gateway and flows', () => {
    const definition = parsed(gatewayProcess('', '["equals", 1, 1]', '["equals", 2, 2]'));
    expect(() =>
      moveNext(definition, started(definition), { action: null, dataModel: noData, now, performedBy }),
    ).toThrow(
      expect.objectContaining({
        code: 'ambiguous-gateway',
        elementId: 'Gw',
        message: expect.stringContaining('toA, toB'),
      }),
    );
  });

  it('only counts a condition that is exactly true', () => {
    const definition = parsed(gatewayProcess('', '"true"', '["equals", ["dataModel", "x"], "yes"]'));
    const moved = moveNext(definition, started(definition), { action: null, dataModel: () => 'yes', now, performedBy });
    expect(moved.entered?.id).toBe('Task_B');
  });

  it('resolves gateways in sequence, reading the action in both', () => {
    const xml = bpmn(
      `${start}${task('Task_1', 'confirmation', 'task', '<altinn:actions><altinn:action>confirm</altinn:action><altinn:action>reject</altinn:action></altinn:actions>')}
      ${task('Back', 'data')}${task('Forward', 'data')}${end}
      <b:exclusiveGateway id="Gw1"/><b:exclusiveGateway id="Gw2"/>
      ${flow('f1', 'Start', 'Task_1')}${flow('toGw1', 'Task_1', 'Gw1')}
      ${flow('gw1Back', 'Gw1', 'Back', '["equals", ["gatewayAction"], "reject"]')}
      ${flow('gw1Gw2', 'Gw1', 'Gw2', '["notEquals", ["gatewayAction"], "reject"]')}
      ${flow('gw2Forward', 'Gw2', 'Forward', '["equals", ["gatewayAction"], "confirm"]')}
      ${flow('gw2End', 'Gw2', 'End', '["equals", ["gatewayAction"], null]')}
      ${flow('bEnd', 'Back', 'End')}${flow('fEnd', 'Forward', 'End')}`,
    );
    const definition = parsed(xml);
    const state = started(definition);
    const go = (action: string | null) => moveNext(definition, state, { action, dataModel: noData, now, performedBy });
    expect(go('reject').entered?.id).toBe('Back');
    expect(go('confirm').entered?.id).toBe('Forward');
    expect(go(null).ended).toBe(true);
  });

  it('reads other expression sources the server provides, and fails the condition without them', () => {
    const definition = parsed(
      gatewayProcess(
        '',
        '["equals", ["instanceContext", "instanceOwnerPartyType"], "person"]',
        '["notEquals", ["instanceContext", "instanceOwnerPartyType"], "person"]',
      ),
    );
    const owner = (partyType: string) => ({
      instanceContext: (key: string) => (key === 'instanceOwnerPartyType' ? partyType : null),
    });
    const move = (expressionContext?: ReturnType<typeof owner>) =>
      moveNext(definition, started(definition), {
        action: null,
        dataModel: noData,
        expressionContext,
        now,
        performedBy,
      });
    expect(move(owner('person')).entered?.id).toBe('Task_A');
    expect(move(owner('org')).entered?.id).toBe('Task_B');
    expect(() => move()).toThrow(expect.objectContaining({ code: 'condition-failed', elementId: 'toA' }));
  });

  it('names the flow whose condition fails to evaluate', () => {
    const definition = parsed(gatewayProcess('', '["equals", ["dataModel", "x"], 1]', '["equals", 1, 2]'));
    const failing = () => {
      throw new Error('Data model with type other not found');
    };
    expect(() =>
      moveNext(definition, started(definition), { action: null, dataModel: failing, now, performedBy }),
    ).toThrow(expect.objectContaining({ code: 'condition-failed', elementId: 'toA' }));
  });

  it('reports a condition that is not JSON or not an expression, with the flow id', () => {
    const { diagnostics } = parseProcess(gatewayProcess('', '["equals", ', '["noSuchFunction", 1]'));
    const malformed = diagnostics.filter((diagnostic) => diagnostic.code === 'malformed-condition');
    expect(malformed.map((diagnostic) => diagnostic.elementId)).toEqual(['toA', 'toB']);
    expect(malformed.every((diagnostic) => diagnostic.severity === 'error')).toBe(true);
  });

  it('marks the move abandoned when the flow taken says AbandonCurrentMoveToNext', () => {
    const xml = bpmn(
      `${start}${task('Task_1', 'data')}${task('Task_2', 'data')}
      ${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'Task_2', undefined, ' altinn:flowtype="AbandonCurrentMoveToNext"')}
      ${flow('f3', 'Task_2', 'End')}${end}`,
    );
    const definition = parsed(xml);
    const moved = moveNext(definition, started(definition), { action: null, dataModel: noData, now, performedBy });
    expect(moved.state.currentTask?.flowType).toBe('AbandonCurrentMoveToNext');
    expect(moved.events[0]?.eventType).toBe('process_AbandonTask');
  });
});

describe('service tasks', () => {
  it('marks pdf and eFormidling service tasks as auto-advancing, so the server loops until a user task', () => {
    const xml = bpmn(
      `${start}${task('Task_1', 'data')}${task('Pdf', 'pdf', 'serviceTask')}${task('Send', 'eFormidling', 'serviceTask')}${task('Task_2', 'confirmation')}${end}
      ${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'Pdf')}${flow('f3', 'Pdf', 'Send')}${flow('f4', 'Send', 'Task_2')}${flow('f5', 'Task_2', 'End')}`,
    );
    const definition = parsed(xml);
    let state = started(definition);
    const steps: MoveNextResult[] = [];
    do {
      const moved = moveNext(definition, state, { action: null, dataModel: noData, now, performedBy });
      steps.push(moved);
      state = moved.state;
    } while (steps.at(-1)?.entered?.autoAdvance && steps.length < 100);
    expect(steps.map((step) => step.entered?.id)).toEqual(['Pdf', 'Send', 'Task_2']);
    expect(steps[0]?.entered?.elementType).toBe('ServiceTask');
    expect(state.currentTask?.flow).toBe(5);
  });

  it("names a service task of the app's own type and moves past it instead of stranding the instance", () => {
    const xml = bpmn(
      `${start}${task('Custom', 'scenario', 'serviceTask')}${task('Task_2', 'data')}${end}
      ${flow('f1', 'Start', 'Custom')}${flow('f2', 'Custom', 'Task_2')}${flow('f3', 'Task_2', 'End')}`,
    );
    const { definition, diagnostics } = parseProcess(xml);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-task-type', elementId: 'Custom', severity: 'warning' }),
    ]);
    expect(diagnostics[0]?.message).toContain('"scenario"');
    const first = startProcess(definition!, { now, performedBy });
    expect(first.entered?.autoAdvance).toBe(true);
    const moved = moveNext(definition!, first.state, { action: null, dataModel: noData, now, performedBy });
    expect(moved.entered?.id).toBe('Task_2');
  });

  it('lets a task of an unknown type wait for the action named like its type, and says so', () => {
    const xml = bpmn(
      `${start}${task('Review', 'review')}${end}${flow('f1', 'Start', 'Review')}${flow('f2', 'Review', 'End')}`,
    );
    const { definition, diagnostics } = parseProcess(xml);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unknown-task-type', elementId: 'Review' })]);
    expect(diagnostics[0]?.message).toContain('action "review"');
    expect(startProcess(definition!, { now, performedBy }).entered?.autoAdvance).toBe(false);
    expect(defaultActionForTask('review')).toBe('review');
  });
});

describe('a task without a task type', () => {
  it('is reported at start and cannot be moved on from, as in Altinn', () => {
    const xml = bpmn(`${start}<b:task id="Bare"/>${end}${flow('f1', 'Start', 'Bare')}${flow('f2', 'Bare', 'End')}`);
    const { definition, diagnostics } = parseProcess(xml);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'missing-task-type', elementId: 'Bare' })]);
    expect(() =>
      moveNext(definition!, started(definition!), { action: 'write', dataModel: noData, now, performedBy }),
    ).toThrow(expect.objectContaining({ code: 'no-current-task', elementId: 'Bare' }));
  });
});

describe('what cannot run', () => {
  it('reports broken XML with its position', () => {
    const { definition, diagnostics } = parseProcess('<bpmn:definitions><bpmn:process id="P"></bpmn:definitions>');
    expect(definition).toBeNull();
    expect(diagnostics[0]?.code).toBe('malformed-xml');
    expect(diagnostics[0]?.message).toMatch(/line 1/);
  });

  it('reports a parallel gateway and a flow to a missing element by id', () => {
    const xml = bpmn(
      `${start}${task('Task_1', 'data')}<b:parallelGateway id="Par"/>${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'Par')}`,
    );
    const { diagnostics } = parseProcess(xml);
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unsupported-element', elementId: 'Par', severity: 'error' }),
        expect.objectContaining({ code: 'missing-target', elementId: 'f2', severity: 'error' }),
      ]),
    );
  });

  it('refuses to move along a flow to a missing element', () => {
    const xml = bpmn(
      `${start}${task('Task_1', 'data')}${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'Gone')}`,
    );
    const definition = parseProcess(xml).definition!;
    expect(() =>
      moveNext(definition, started(definition), { action: null, dataModel: noData, now, performedBy }),
    ).toThrow(ProcessError);
  });
});

describe('actions per task type', () => {
  it.each([
    ['data', 'write', ['write']],
    ['confirmation', 'confirm', ['confirm']],
    ['feedback', 'write', ['write']],
    ['signing', 'sign', ['sign', 'write']],
    ['payment', 'payment', ['pay', 'write']],
    ['pdf', 'write', ['write']],
    ['scenario', 'scenario', ['scenario']],
  ])('%s: default action %s, next permitted by %j', (taskType, action, permitting) => {
    expect(defaultActionForTask(taskType)).toBe(action);
    expect(actionsPermittingNext(taskType)).toEqual(permitting);
  });
});

describe('hostile files', () => {
  it('refuses a DOCTYPE with entity definitions instead of expanding them', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n${bpmn(`${start}`).replace(/^<\?xml[^>]*>\n/, '')}`;
    const { definition, diagnostics } = parseProcess(xml);
    expect(definition).toBeNull();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'malformed-xml', message: expect.stringContaining('line 2, column 1') }),
    ]);
  });

  it('keeps a condition with escaped characters intact', () => {
    const xml = bpmn(
      `${start}${task('Task_1', 'data')}${task('Task_2', 'data')}${end}<b:exclusiveGateway id="Gw"/>
      ${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'Gw')}
      ${flow('toTask2', 'Gw', 'Task_2', '["equals", ["dataModel", "name"], "A &amp; B &lt;C&gt;"]')}
      ${flow('toEnd', 'Gw', 'End', '["notEquals", ["dataModel", "name"], "A &amp; B &lt;C&gt;"]')}${flow('f5', 'Task_2', 'End')}`,
    );
    const definition = parsed(xml);
    const moved = moveNext(definition, started(definition), {
      action: null,
      dataModel: () => 'A & B <C>',
      now,
      performedBy,
    });
    expect(moved.entered?.id).toBe('Task_2');
  });
});
