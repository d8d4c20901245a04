import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorize, defaultTestUsers, loadPolicy, type Principal } from '../../../src/preview/auth/index.ts';
import {
  actionsPermittingNext,
  moveNext,
  parseProcess,
  ProcessError,
  startProcess,
  type ProcessState,
  type TaskDefinition,
} from '../../../src/preview/process/index.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

// Corpus apps taken from start to end by the built-in test users, as the server combines the two
// modules: the policy decides who may move each task on, the process decides where it goes.

const users = defaultTestUsers();

interface Step {
  /** A test user id, or a service owner code. */
  readonly by: number | string;
  readonly action: string | null;
  readonly data?: Record<string, unknown>;
}

function corpusApp(app: string) {
  const root = join(CORPUS_DIR, app, 'App/config');
  const { id } = JSON.parse(readFileSync(join(root, 'applicationmetadata.json'), 'utf8')) as { id: string };
  const [org = '', name = ''] = id.split('/');
  return {
    definition: parseProcess(readFileSync(join(root, 'process/process.bpmn'), 'utf8')).definition!,
    policy: loadPolicy(readFileSync(join(root, 'authorization/policy.xml'), 'utf8'), { org, app: name }).policy,
  };
}

function principal(by: number | string): Principal {
  if (typeof by === 'string') return { kind: 'org', org: by, orgNumber: null, authLevel: 3, scopes: [] };
  const userId = by;
  const person = users.persons.find((candidate) => candidate.userId === userId)!;
  return { kind: 'user', userId, userName: person.userName, partyId: person.partyId, authLevel: 2, scopes: [] };
}

/** Runs the steps for an instance owned by `ownerPartyId`; returns the task ids entered, then the end event. */
function walk(app: string, ownerPartyId: number, steps: readonly Step[]): string[] {
  const { definition, policy } = corpusApp(app);
  let state: ProcessState = startProcess(definition, {
    now: new Date('2026-03-01T10:00:00Z'),
    performedBy: {},
  }).state;
  const visited = [state.currentTask!.elementId];
  for (const step of steps) {
    const task = definition.elements.get(state.currentTask!.elementId) as TaskDefinition;
    const needed = step.action ? [step.action] : actionsPermittingNext(task.taskType);
    const permits = needed.some(
      (action) =>
        authorize(policy, users, { principal: principal(step.by), partyId: ownerPartyId, action, taskId: task.id })
          .permit,
    );
    if (!permits) throw new Error(`${step.by} may not ${needed.join('/')} in ${task.id}`);
    const moved = moveNext(definition, state, {
      action: step.action,
      dataModel: (path) => step.data?.[path],
      now: new Date('2026-03-01T10:01:00Z'),
      performedBy: typeof step.by === 'string' ? { orgId: step.by } : { userId: step.by },
    });
    state = moved.state;
    visited.push(moved.entered?.id ?? state.endEvent!);
  }
  return visited;
}

describe('corpus apps from start to end', () => {
  it('signing-test: 1337 fills and signs for DDG Fitness, then 1002 (A0237) gives the second signature', () => {
    const steps: Step[] = [
      { by: 1337, action: null },
      { by: 1337, action: 'sign' },
      { by: 1002, action: 'sign' },
    ];
    expect(walk('signing-test', 500000, steps)).toEqual(['Task_1', 'Task_2', 'Task_3', 'EndEvent_1']);
  });

  it('signing-test: 1337 may not give the second signature, and a reject sends the process back to the form', () => {
    expect(() =>
      walk('signing-test', 500000, [
        { by: 1337, action: null },
        { by: 1337, action: 'sign' },
        { by: 1337, action: 'sign' },
      ]),
    ).toThrow('1337 may not sign in Task_3');
    expect(
      walk('signing-test', 500000, [
        { by: 1337, action: null },
        { by: 1337, action: 'reject' },
      ]),
    ).toEqual(['Task_1', 'Task_2', 'Task_1']);
  });

  it('frontend-test: skips to Task_5 by data, goes to the custom confirmation, is rejected back and confirmed', () => {
    const steps: Step[] = [
      { by: 1337, action: null, data: { GwTargetTask: 'Task_5' } },
      { by: 1337, action: null, data: { UseCustomConfirm: true } },
      { by: 1337, action: 'reject' },
      { by: 1337, action: null, data: { UseCustomConfirm: true } },
      { by: 1337, action: 'confirm' },
    ];
    expect(walk('frontend-test', 501337, steps)).toEqual([
      'Task_1',
      'Task_5',
      'Task_Custom_Confirm',
      'Task_5',
      'Task_Custom_Confirm',
      'EndEvent_1',
    ]);
  });

  it('payment-test: pays and confirms; without an action the payment gateway has nowhere to go', () => {
    expect(
      walk('payment-test', 501337, [
        { by: 1337, action: null },
        { by: 1337, action: 'confirm' },
      ]),
    ).toEqual(['Task_1', 'Task_2', 'EndEvent_1']);
    expect(() =>
      walk('payment-test', 501337, [
        { by: 1337, action: null },
        { by: 1337, action: null },
      ]),
    ).toThrow(ProcessError);
  });

  it('stateless-app: the service owner moves the feedback task on with write; another organisation may not', () => {
    const steps: Step[] = [
      { by: 1337, action: null },
      { by: 1337, action: null },
      { by: 'ttd', action: null },
    ];
    expect(walk('stateless-app', 501337, steps)).toEqual(['Task_1', 'Task_2', 'Task_3', 'EndEvent_1']);
    expect(() => walk('stateless-app', 501337, [...steps.slice(0, 2), { by: 'skd', action: null }])).toThrow(
      'skd may not write in Task_3',
    );
  });
});
