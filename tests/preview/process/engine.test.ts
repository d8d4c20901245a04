import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  moveNext,
  parseProcess,
  ProcessError,
  startProcess,
  type ProcessDefinition,
  type ProcessState,
} from '../../../src/preview/process/index.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

const now = new Date('2026-03-01T10:00:00Z');
const performedBy = { userId: 1337 };

function frontendTest(): ProcessDefinition {
  const { definition } = parseProcess(
    readFileSync(join(CORPUS_DIR, 'frontend-test/App/config/process/process.bpmn'), 'utf8'),
  );
  return definition!;
}

/** A data model reader over one object per data type that records every read. */
function model(values: Record<string, Record<string, unknown>>) {
  const reads: { path: string; dataType: string | undefined }[] = [];
  const read = (path: string, dataType?: string) => {
    reads.push({ path, dataType });
    return values[dataType ?? '(default)']?.[path];
  };
  return { read, reads };
}

function atTask(definition: ProcessDefinition, taskId: string, flow = 5): ProcessState {
  const task = definition.tasks.find((candidate) => candidate.id === taskId)!;
  return {
    started: '2026-03-01T09:00:00.000Z',
    startEvent: 'StartEvent_1',
    currentTask: {
      flow,
      started: '2026-03-01T09:30:00.000Z',
      elementId: task.id,
      name: task.name,
      altinnTaskType: task.taskType,
      ended: null,
      validated: null,
      flowType: 'CompleteCurrentMoveToNext',
    },
    ended: null,
    endEvent: null,
  };
}

function expectProcessError(run: () => unknown, code: string, elementId: string): ProcessError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProcessError);
    expect((error as ProcessError).code).toBe(code);
    expect((error as ProcessError).elementId).toBe(elementId);
    return error as ProcessError;
  }
  throw new Error(`expected ProcessError ${code}`);
}

describe('startProcess', () => {
  it('records the start event as flow 1 and enters the first task as flow 2', () => {
    const { state, events, entered } = startProcess(frontendTest(), { now, performedBy });
    expect(entered?.id).toBe('Task_1');
    expect(state).toEqual({
      started: now.toISOString(),
      startEvent: 'StartEvent_1',
      currentTask: {
        flow: 2,
        started: now.toISOString(),
        elementId: 'Task_1',
        name: 'Utfylling (message)',
        altinnTaskType: 'data',
        ended: null,
        validated: null,
        flowType: 'CompleteCurrentMoveToNext',
      },
      ended: null,
      endEvent: null,
    });
    expect(events.map((event) => event.eventType)).toEqual(['process_StartEvent', 'process_StartTask']);
    expect(events[0]?.processInfo.currentTask?.flow).toBe(1);
    expect(events[0]?.processInfo.currentTask?.elementId).toBe('StartEvent_1');
  });

  it('refuses a start event the process does not have, listing the ones it has', () => {
    const error = expectProcessError(
      () => startProcess(frontendTest(), { startEvent: 'Nope', now, performedBy }),
      'unknown-start-event',
      'Nope',
    );
    expect(error.message).toContain('StartEvent_1');
  });
});

describe('moveNext through the frontend-test gateways', () => {
  it('routes Gateway_0 by the data model of the connected data type of the task being left', () => {
    const definition = frontendTest();
    const data = model({ message: { GwTargetTask: 'Task_4' } });
    const result = moveNext(definition, atTask(definition, 'Task_1', 2), {
      action: null,
      dataModel: data.read,
      now,
      performedBy,
    });
    expect(result.left.id).toBe('Task_1');
    expect(result.entered?.id).toBe('Task_4');
    expect(result.state.currentTask?.flow).toBe(3);
    expect(result.events.map((event) => event.eventType)).toEqual(['process_EndTask', 'process_StartTask']);
    // All four conditions read the same field of the `message` model, once each.
    expect(data.reads).toEqual(Array.from({ length: 4 }, () => ({ path: 'GwTargetTask', dataType: 'message' })));
  });

  it('fails naming the gateway when no condition holds, instead of picking a branch', () => {
    const definition = frontendTest();
    const data = model({ message: { GwTargetTask: 'Task_9' } });
    const error = expectProcessError(
      () =>
        moveNext(definition, atTask(definition, 'Task_1', 2), { action: null, dataModel: data.read, now, performedBy }),
      'no-next',
      'Gateway_0',
    );
    expect(error.message).toContain('none of its flows');
  });

  it('routes Gateway_1 by a boolean in the data model', () => {
    const definition = frontendTest();
    const custom = moveNext(definition, atTask(definition, 'Task_5'), {
      action: null,
      dataModel: model({ '(default)': { UseCustomConfirm: true } }).read,
      now,
      performedBy,
    });
    expect(custom.entered?.id).toBe('Task_Custom_Confirm');
    const standard = moveNext(definition, atTask(definition, 'Task_5'), {
      action: null,
      dataModel: model({ '(default)': { UseCustomConfirm: false } }).read,
      now,
      performedBy,
    });
    expect(standard.entered?.id).toBe('Task_Default_Confirm');
  });

  it('sends a reject back to Task_5 as an abandoned task, and a confirm to the end', () => {
    const definition = frontendTest();
    const state = atTask(definition, 'Task_Custom_Confirm', 7);
    const noData = model({});

    const rejected = moveNext(definition, state, { action: 'reject', dataModel: noData.read, now, performedBy });
    expect(rejected.entered?.id).toBe('Task_5');
    expect(rejected.state.currentTask?.flowType).toBe('AbandonCurrentMoveToNext');
    expect(rejected.state.currentTask?.flow).toBe(8);
    expect(rejected.events.map((event) => event.eventType)).toEqual(['process_AbandonTask', 'process_StartTask']);

    const confirmed = moveNext(definition, state, { action: 'confirm', dataModel: noData.read, now, performedBy });
    expect(confirmed.ended).toBe(true);
    expect(confirmed.entered).toBeNull();
    expect(confirmed.state).toMatchObject({ currentTask: null, ended: now.toISOString(), endEvent: 'EndEvent_1' });
    expect(confirmed.events.map((event) => event.eventType)).toEqual([
      'process_EndTask',
      'process_EndEvent',
      'Submited',
    ]);
    expect(noData.reads).toEqual([]);
  });

  it('has nowhere to go from the custom confirmation without an action', () => {
    const definition = frontendTest();
    expectProcessError(
      () =>
        moveNext(definition, atTask(definition, 'Task_Custom_Confirm'), {
          action: null,
          dataModel: model({}).read,
          now,
          performedBy,
        }),
      'no-next',
      'Gateway_2',
    );
  });

  it('refuses to move a process that has not started or has ended', () => {
    const definition = frontendTest();
    const notStarted: ProcessState = {
      started: null,
      startEvent: null,
      currentTask: null,
      ended: null,
      endEvent: null,
    };
    expect(() =>
      moveNext(definition, notStarted, { action: null, dataModel: model({}).read, now, performedBy }),
    ).toThrow(expect.objectContaining({ code: 'not-started' }));
    const ended: ProcessState = {
      ...atTask(definition, 'Task_5'),
      currentTask: null,
      ended: now.toISOString(),
      endEvent: 'EndEvent_1',
    };
    expect(() => moveNext(definition, ended, { action: null, dataModel: model({}).read, now, performedBy })).toThrow(
      expect.objectContaining({ code: 'ended' }),
    );
  });

  it('names the current task when it is no longer in the process', () => {
    const definition = frontendTest();
    const state = atTask(definition, 'Task_5');
    state.currentTask!.elementId = 'Task_Removed';
    expectProcessError(
      () => moveNext(definition, state, { action: null, dataModel: model({}).read, now, performedBy }),
      'unknown-element',
      'Task_Removed',
    );
  });
});
