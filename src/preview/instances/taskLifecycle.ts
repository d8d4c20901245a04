import { getAtPath } from '../../core/data/path.ts';
import { layoutSetForTask } from '../app/previewApp.ts';
import { addPrefilledFormData } from '../prefill/formData.ts';
import { HttpProblem } from '../http/problem.ts';
import { moveNext, type MoveNextResult } from '../process/index.ts';
import type { ProcessDefinition, ProcessPerformer, TaskDefinition } from '../process/types.ts';
import type { PreviewProcessor } from '../processor.ts';
import type { ServerContext } from '../serverContext.ts';
import { refreshPresentationFields } from './presentationFields.ts';
import { endProcess } from './processEnd.ts';
import type { WorkingCopy } from './workingCopy.ts';

/** The reference stops running service tasks after this many in one request. */
const MAX_AUTOMATIC_MOVES = 100;

/** Entering a task: its data elements are unlocked, and its auto-created form data made (with prefill) unless it exists. */
export async function enterTask(
  context: ServerContext,
  work: WorkingCopy,
  task: TaskDefinition,
  by: string,
  prefill: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  const types = context.app().dataTypes.filter((type) => type.taskId === task.id);
  for (const element of work.data) {
    if (element.locked && types.some((type) => type.id === element.dataType))
      work.updateElement({ ...element, locked: false });
  }
  for (const type of types) {
    if (!type.autoCreate || !type.isFormData || work.data.some((element) => element.dataType === type.id)) continue;
    addPrefilledFormData(context, work, { dataType: type.id, model: {}, userId: userIdOf(by), external: prefill }, by);
  }
  refreshPresentationFields(context, work);
  await runHook('onTaskStart', () => context.processor.onTaskStart?.({ instance: work.full(), taskId: task.id }));
}

/** The user behind `lastChangedBy`; a service owner (an org name) has no profile to prefill from. */
function userIdOf(by: string): number | undefined {
  return /^[1-9]\d*$/.test(by) ? Number(by) : undefined;
}

/** Leaving a task locks its data elements, as storage does. */
export async function leaveTask(context: ServerContext, work: WorkingCopy, task: TaskDefinition): Promise<void> {
  await runHook('onTaskEnd', () => context.processor.onTaskEnd?.({ instance: work.full(), taskId: task.id }));
  const types = new Set(
    context
      .app()
      .dataTypes.filter((type) => type.taskId === task.id)
      .map((type) => type.id),
  );
  for (const element of work.data) {
    if (!element.locked && types.has(element.dataType)) work.updateElement({ ...element, locked: true });
  }
}

/** Runs a processor hook, turning a throw into a 500 that names it. */
export async function runHook<T>(hook: keyof PreviewProcessor, call: () => T): Promise<Awaited<T>> {
  try {
    return await call();
  } catch (error) {
    throw new HttpProblem(
      500,
      'Processor hook failed',
      `The processor's ${hook} threw: ${error instanceof Error ? error.message : String(error)}. Nothing was saved.`,
    );
  }
}

/** Reads gateway conditions' `["dataModel", path]` from the instance's form data. */
export function dataModelReader(context: ServerContext, work: WorkingCopy, taskId: string | undefined) {
  return (path: string, dataType?: string): unknown => {
    const type = dataType ?? (taskId ? layoutSetForTask(context.app(), taskId)?.dataType : undefined);
    const element =
      work.data.find((candidate) => candidate.dataType === type) ??
      (type === undefined
        ? work.data.find((candidate) => context.app().dataTypes.find((t) => t.id === candidate.dataType)?.isFormData)
        : undefined);
    return element ? getAtPath(work.model(element.id), path) : undefined;
  };
}

/**
 * Applies a move of the engine: leaves and locks the left task, enters the next one, runs
 * service tasks on without a user, and archives the instance when the process ends.
 */
export async function applyMove(
  context: ServerContext,
  definition: ProcessDefinition,
  work: WorkingCopy,
  first: MoveNextResult,
  performer: ProcessPerformer,
  by: string,
): Promise<void> {
  let move = first;
  for (let step = 0; ; step++) {
    await leaveTask(context, work, move.left);
    work.addEvents(move.events);
    work.instance = { ...work.instance, process: move.state };
    if (move.ended || !move.entered) {
      endProcess(context, work);
      return;
    }
    await enterTask(context, work, move.entered, by);
    if (!move.entered.autoAdvance) return;
    if (step >= MAX_AUTOMATIC_MOVES) {
      throw new HttpProblem(
        500,
        'Process loop',
        `Service tasks ran ${MAX_AUTOMATIC_MOVES} times in a row; the process seems to loop at ${move.entered.id}.`,
      );
    }
    move = moveNext(definition, move.state, {
      action: null,
      dataModel: dataModelReader(context, work, move.entered.id),
      now: context.now(),
      performedBy: performer,
    });
  }
}
