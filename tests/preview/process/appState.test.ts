import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appProcessState,
  moveNext,
  parseProcess,
  processHistory,
  startProcess,
} from '../../../src/preview/process/index.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

const definition = parseProcess(
  readFileSync(join(CORPUS_DIR, 'signing-test/App/config/process/process.bpmn'), 'utf8'),
).definition!;
const t0 = new Date('2026-03-01T10:00:00Z');
const t1 = new Date('2026-03-01T10:05:00Z');
const noData = () => undefined;

describe('appProcessState', () => {
  it('lists process actions in actions, every action in userActions, asking once per action', () => {
    const first = startProcess(definition, { now: t0, performedBy: { userId: 1337 } });
    const inSigning = moveNext(definition, first.state, {
      action: null,
      dataModel: noData,
      now: t1,
      performedBy: { userId: 1337 },
    });
    const asked: string[] = [];
    const state = appProcessState(inSigning.state, definition, (action) => {
      asked.push(action);
      return action !== 'reject';
    });
    expect(asked).toEqual(['read', 'write', 'reject', 'sign']);
    expect(state.currentTask).toMatchObject({
      elementId: 'Task_2',
      altinnTaskType: 'signing',
      flow: 3,
      elementType: 'Task',
      read: true,
      write: true,
      actions: { read: true, write: true, sign: true, reject: false },
    });
    expect(state.currentTask?.userActions).toEqual([
      { id: 'read', authorized: true, type: 'ProcessAction' },
      { id: 'write', authorized: true, type: 'ProcessAction' },
      { id: 'reject', authorized: false, type: 'ProcessAction' },
      { id: 'sign', authorized: true, type: 'ProcessAction' },
    ]);
    expect(state.processTasks).toEqual([
      { altinnTaskType: 'data', elementId: 'Task_1', elementType: 'Task' },
      { altinnTaskType: 'signing', elementId: 'Task_2', elementType: 'Task' },
      { altinnTaskType: 'signing', elementId: 'Task_3', elementType: 'Task' },
    ]);
  });

  it('keeps server actions out of actions but in userActions', () => {
    const xml = readFileSync(join(CORPUS_DIR, 'frontend-test/App/config/process/process.bpmn'), 'utf8');
    const frontend = parseProcess(xml).definition!;
    const state = startProcess(frontend, { now: t0, performedBy: { userId: 1337 } }).state;
    state.currentTask = { ...state.currentTask!, elementId: 'Task_2', name: 'Utfylling (changename)' };
    const app = appProcessState(state, frontend, () => true);
    expect(Object.keys(app.currentTask!.actions)).toEqual(['read', 'write']);
    expect(app.currentTask!.userActions).toContainEqual({ id: 'fill', authorized: true, type: 'ServerAction' });
  });

  it('has no current task and asks nothing once the process has ended', () => {
    let state = startProcess(definition, { now: t0, performedBy: { userId: 1337 } }).state;
    for (const action of [null, 'sign', 'sign']) {
      state = moveNext(definition, state, { action, dataModel: noData, now: t1, performedBy: { userId: 1337 } }).state;
    }
    let asked = 0;
    const app = appProcessState(state, definition, () => {
      asked += 1;
      return true;
    });
    expect(app).toMatchObject({ currentTask: null, ended: t1.toISOString(), endEvent: 'EndEvent_1' });
    expect(asked).toBe(0);
  });
});

describe('processHistory', () => {
  it('lists each step with its element, times and who did it, leaving out Submited', () => {
    const first = startProcess(definition, { now: t0, performedBy: { userId: 1337 } });
    const second = moveNext(definition, first.state, {
      action: null,
      dataModel: noData,
      now: t1,
      performedBy: { userId: 1337 },
    });
    const rejected = moveNext(definition, second.state, {
      action: 'reject',
      dataModel: noData,
      now: t1,
      performedBy: { orgId: 'ttd' },
    });
    const history = processHistory([...first.events, ...second.events, ...rejected.events]);
    expect(history.processHistory.map((item) => [item.eventType, item.elementId, item.performedBy])).toEqual([
      ['process_StartEvent', 'StartEvent_1', '1337'],
      ['process_StartTask', 'Task_1', '1337'],
      ['process_EndTask', 'Task_1', '1337'],
      ['process_StartTask', 'Task_2', '1337'],
      ['process_AbandonTask', 'Task_2', 'ttd'],
      ['process_StartTask', 'Task_1', 'ttd'],
    ]);
    expect(history.processHistory[2]).toMatchObject({
      started: t0.toISOString(),
      ended: t1.toISOString(),
      occured: t1.toISOString(),
    });
  });
});
