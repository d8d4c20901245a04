import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveNext, parseProcess, startProcess } from '../../../src/preview/process/index.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

const apps = readdirSync(CORPUS_DIR).filter((app) =>
  existsSync(join(CORPUS_DIR, app, 'App/config/process/process.bpmn')),
);

function parseApp(app: string) {
  return parseProcess(readFileSync(join(CORPUS_DIR, app, 'App/config/process/process.bpmn'), 'utf8'));
}

describe('every process.bpmn of the corpus', () => {
  it('has apps to read', () => {
    expect(apps.length).toBeGreaterThanOrEqual(12);
  });

  it.each(apps)('%s parses without errors and starts in its first task', (app) => {
    const { definition, diagnostics } = parseApp(app);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(definition).not.toBeNull();
    const started = startProcess(definition!, { now: new Date('2026-01-01T00:00:00Z'), performedBy: { userId: 1337 } });
    expect(started.entered?.kind).toBe('task');
    expect(started.state.currentTask?.flow).toBe(2);
  });
});

describe('what the corpus has that the preview cannot run', () => {
  it('names each service task of an app-defined type with its id', () => {
    const { diagnostics } = parseApp('process-transition-test-v9');
    const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-task-type');
    expect(unknown.map((diagnostic) => diagnostic.elementId)).toEqual(['Task_Service', 'Task_ServiceLayout']);
    expect(unknown[0]?.message).toContain('"scenario"');
    const pdfTasks = parseApp('frontend-test-v9').diagnostics.filter(
      (diagnostic) => diagnostic.code === 'unknown-task-type',
    );
    expect(pdfTasks.map((diagnostic) => diagnostic.elementId)).toEqual([1, 2, 3, 4, 5].map((n) => `PdfTask_Task_${n}`));
  });

  it('moves frontend-test-v9 past its pdfIfRequested service task to the next data task', () => {
    const { definition } = parseApp('frontend-test-v9');
    const first = startProcess(definition!, { now: new Date('2026-01-01T00:00:00Z'), performedBy: { userId: 1337 } });
    let state = first.state;
    const visited: string[] = [];
    for (let step = 0; step < 10; step++) {
      const moved = moveNext(definition!, state, {
        action: null,
        // Gateway_0 names its data type, since the service task before it has none.
        dataModel: (path, dataType) => (dataType === 'message' && path === 'GwTargetTask' ? 'Task_3' : undefined),
        now: new Date('2026-01-01T00:01:00Z'),
        performedBy: { userId: 1337 },
      });
      visited.push(moved.entered?.id ?? 'end');
      state = moved.state;
      if (!moved.entered?.autoAdvance) break;
    }
    expect(visited).toEqual(['PdfTask_Task_1', 'Task_3']);
  });

  it('follows the outgoing list of a gateway whose flows name a source that does not exist (signing-test)', () => {
    const { definition, diagnostics } = parseApp('signing-test');
    const gateway = definition!.elements.get('Gateway_0');
    expect(gateway?.kind === 'exclusiveGateway' && gateway.outgoing).toEqual(['Back_To_Task_1', 'To_Task_3']);
    expect(diagnostics.map((diagnostic) => diagnostic.elementId)).toEqual(['Back_To_Task_1', 'To_Task_3']);
    expect(diagnostics[0]?.message).toContain('GW_From_Task_2');
  });

  it('reads the signing, payment and pdf configuration of tasks', () => {
    const signing = parseApp('signing-test').definition!.tasks.find((task) => task.id === 'Task_2');
    expect(signing?.taskType).toBe('signing');
    expect(signing?.signatureConfig?.dataTypesToSign.length).toBeGreaterThan(0);
    expect(signing?.actions.map((action) => action.id)).toContain('sign');

    const payment = parseApp('payment-test').definition!.tasks.find((task) => task.taskType === 'payment');
    expect(payment?.paymentConfig?.paymentDataType).toBeTruthy();

    const pdf = parseApp('frontend-test-v9').definition!.tasks.find((task) => task.id === 'PdfTask_Task_1');
    expect(pdf?.elementType).toBe('ServiceTask');
    expect(pdf?.pdfConfig?.autoPdfTaskIds).toEqual(['Task_1']);
  });

  it('tells server actions from process actions', () => {
    const task = parseApp('frontend-test').definition!.tasks.find((candidate) => candidate.id === 'Task_2');
    expect(task?.actions).toContainEqual({ id: 'fill', kind: 'serverAction' });
    const confirm = parseApp('frontend-test').definition!.tasks.find(
      (candidate) => candidate.id === 'Task_Custom_Confirm',
    );
    expect(confirm?.actions).toEqual([
      { id: 'reject', kind: 'processAction' },
      { id: 'confirm', kind: 'processAction' },
    ]);
  });
});
