import type { IncomingMessage } from 'node:http';
import { asRecord } from '../../core/app/appFormat.ts';
import type { Instance } from '../../wire/instance.ts';
import { dataTypeById } from '../app/previewApp.ts';
import { badRequest, conflict, forbidden, HttpProblem, notFound } from '../http/problem.ts';
import { queryParam, readJson } from '../http/request.ts';
import { sendJson } from '../http/response.ts';
import { serialPerInstance, type Router } from '../http/router.ts';
import { newDataElement } from '../instances/records.ts';
import { applyMove, dataModelReader } from '../instances/taskLifecycle.ts';
import type { WorkingCopy } from '../instances/workingCopy.ts';
import {
  actionsPermittingNext,
  appProcessState,
  moveNext,
  ProcessError,
  processHistory,
  type ProcessDefinition,
  type ProcessState,
  type TaskDefinition,
} from '../process/index.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { formModels } from '../validation/incremental.ts';
import { validateTask } from '../validation/taskValidation.ts';
import { openInstance } from './access.ts';

const INSTANCE = 'instances/:party/:guid';

/** The process of an instance, validation and user actions (app-api §6, §7.7, §7.8). */
export function registerProcessRoutes(router: Router, context: ServerContext): void {
  router.get(`${INSTANCE}/process`, async ({ req, res, params }) => {
    const { user, work } = await openInstance(context, req, params);
    sendJson(res, 200, processStateFor(context, user, work.full()));
  });

  router.get(`${INSTANCE}/process/history`, async ({ req, res, params }) => {
    const { work } = await openInstance(context, req, params);
    sendJson(res, 200, processHistory(context.store.listProcessEvents(work.instance.id)));
  });

  router.put(`${INSTANCE}/process/next`, async ({ req, res, params, url }) => {
    // The lock is taken before the instance is read, so a second request cannot act on a stale copy.
    const id = `${params.party}/${params.guid}`;
    if (context.busyInstances.has(id)) {
      throw conflict('Lock is already held', `Another process/next for ${id} is running; try again when it is done.`);
    }
    context.busyInstances.add(id);
    try {
      await context.serial(id, async () => {
        const { user, work } = await openInstance(context, req, params);
        await processNext(context, req, user, work, queryParam(url, 'language') ?? 'nb');
        sendJson(res, 200, processStateFor(context, user, work.full()));
      });
    } finally {
      context.busyInstances.delete(id);
    }
  });

  router.get(`${INSTANCE}/validate`, async ({ req, res, params, url }) => {
    const { work } = await openInstance(context, req, params);
    const taskId = work.instance.process?.currentTask?.elementId;
    if (!taskId) throw conflict('Conflict', 'Unable to validate instance without a started process.');
    const only = queryParam(url, 'onlyIncrementalValidators')?.toLowerCase();
    const ignored = (queryParam(url, 'ignoredValidators') ?? '')
      .split(',')
      .map((source) => source.trim())
      .filter(Boolean);
    const { issues } = validateTask({
      app: context.app(),
      taskId,
      elements: work.data,
      models: formModels(context, work),
      language: queryParam(url, 'language') ?? 'nb',
      incremental: only !== 'false',
      task: only !== 'true',
      ignored,
    });
    sendJson(res, 200, issues);
  });

  router.post(
    `${INSTANCE}/actions`,
    serialPerInstance(context.serial, async ({ req, res, params }) => {
      const { user, work } = await openInstance(context, req, params);
      const body = asRecord(await readJson(req));
      const action = typeof body?.action === 'string' ? body.action : '';
      if (!action) throw badRequest('The body must name an "action".');
      const { task } = currentTask(context, work.full());
      const declared = task.actions.find((candidate) => candidate.id === action);
      if (!declared) {
        sendJson(
          res,
          404,
          actionResponse(work, {
            code: 'ActionNotFound',
            message: `Task ${task.id} declares no action "${action}".`,
          }),
        );
        return;
      }
      const partyId = Number(work.instance.instanceOwner.partyId);
      if (!context.auth.authorize({ user, partyId, instanceId: work.instance.id, action, taskId: task.id }).permit) {
        throw forbidden(`The app's policy does not permit "${action}" for user ${user.userId} in ${task.id}.`);
      }
      if (declared.kind === 'serverAction') {
        sendJson(
          res,
          404,
          actionResponse(work, {
            code: 'ActionNotFound',
            message: `"${action}" is a server action: app code (IUserAction) that only the app backend runs; the preview has no handler for it.`,
          }),
        );
        return;
      }
      if (action === 'sign') recordSignature(context, user, work, task);
      work.commit();
      sendJson(res, 200, actionResponse(work));
    }),
  );
}

function actionResponse(work: WorkingCopy, error?: { code: string; message: string }) {
  return {
    instance: work.full(),
    updatedDataModels: {},
    updatedValidationIssues: {},
    clientActions: [],
    error: error ? { ...error, metadata: null } : null,
    redirectUrl: null,
  };
}

/**
 * `sign` records who signed which data elements, in an element of the task's signature data
 * type. It is a stand-in: no signee lists, delegation, signing PDF or correspondence.
 */
function recordSignature(context: ServerContext, user: PreviewUser, work: WorkingCopy, task: TaskDefinition): void {
  const config = task.signatureConfig;
  const signatureType = config?.signatureDataType;
  if (!config || !signatureType)
    throw conflict('Conflict', `Task ${task.id} has no signatureDataType to record the signature in.`);
  if (!dataTypeById(context.app(), signatureType))
    throw notFound(`The signature data type "${signatureType}" is not in the app metadata.`);
  const signed = work.data.filter((element) => config.dataTypesToSign.includes(element.dataType));
  const signature = {
    signee: { userId: String(user.userId), personNumber: null, organisationNumber: null },
    signedTime: context.now().toISOString(),
    dataElementSignatures: signed.map((element) => ({ dataElementId: element.id, signed: true })),
  };
  const content = Buffer.from(JSON.stringify(signature), 'utf8');
  work.addElement(
    newDataElement(context, work, {
      dataType: signatureType,
      contentType: 'application/json',
      size: content.length,
      by: String(user.userId),
    }),
    content,
  );
}

function processStateFor(context: ServerContext, user: PreviewUser, instance: Instance) {
  const definition = context.app().process?.definition;
  if (!definition || !instance.process) throw notFound(`Instance ${instance.id} has no process.`);
  const partyId = Number(instance.instanceOwner.partyId);
  const taskId = instance.process.currentTask?.elementId ?? undefined;
  return appProcessState(
    instance.process as ProcessState,
    definition,
    (action) => context.auth.authorize({ user, partyId, instanceId: instance.id, action, taskId }).permit,
  );
}

function currentTask(
  context: ServerContext,
  instance: Instance,
): { definition: ProcessDefinition; task: TaskDefinition } {
  const definition = context.app().process?.definition;
  const process = instance.process;
  if (!definition || !process?.started) throw conflict('Conflict', 'Process is not started. Use start!');
  if (process.ended) throw conflict('Conflict', 'Process is ended.');
  const taskId = process.currentTask?.elementId;
  const task = taskId ? definition.elements.get(taskId) : undefined;
  if (task?.kind !== 'task')
    throw conflict('Conflict', `The current task ${taskId ?? '(none)'} is not a task of process.bpmn.`);
  return { definition, task };
}

/**
 * `PUT process/next`: authorise the action, validate the task as the browser would (not for
 * `reject` or service tasks), then move, lock, enter and auto-create, all in one transaction.
 */
async function processNext(
  context: ServerContext,
  req: IncomingMessage,
  user: PreviewUser,
  work: WorkingCopy,
  language: string,
): Promise<void> {
  const body = asRecord(await readJson(req));
  const action = typeof body?.action === 'string' && body.action !== '' ? body.action : null;
  const { definition, task } = currentTask(context, work.full());
  const partyId = Number(work.instance.instanceOwner.partyId);
  const permits = (candidate: string) =>
    context.auth.authorize({ user, partyId, instanceId: work.instance.id, action: candidate, taskId: task.id }).permit;
  const permitted = action ? permits(action) : actionsPermittingNext(task.taskType).some(permits);
  if (!permitted) {
    throw forbidden(
      `The app's policy does not permit "${action ?? actionsPermittingNext(task.taskType).join('" or "')}" for user ${user.userId} in ${task.id}.`,
    );
  }
  if (action !== 'reject' && task.elementType !== 'ServiceTask') {
    const { issues } = validateTask({
      app: context.app(),
      taskId: task.id,
      elements: work.data,
      models: formModels(context, work),
      language,
      incremental: true,
      task: true,
    });
    const errors = issues.filter((issue) => issue.severity === 1);
    if (errors.length > 0) {
      context.monitor.validationFailed(work.instance.id, task.id, issues);
      throw new HttpProblem(
        409,
        'Validation failed for task',
        `${errors.length} validation errors found for task ${task.id}`,
        {
          validationIssues: issues,
        },
      );
    }
  }
  const performer = { userId: user.userId, authenticationLevel: user.authenticationLevel };
  let move;
  try {
    move = moveNext(definition, work.instance.process as ProcessState, {
      action,
      dataModel: dataModelReader(context, work, task.id),
      now: context.now(),
      performedBy: performer,
    });
  } catch (error) {
    if (error instanceof ProcessError) {
      const status = ['not-started', 'ended', 'no-current-task'].includes(error.code) ? 409 : 500;
      throw new HttpProblem(status, status === 409 ? 'Conflict' : 'Process error', error.message, {
        elementId: error.elementId,
      });
    }
    throw error;
  }
  await applyMove(context, definition, work, move, performer, String(user.userId));
  work.touch(context.now().toISOString(), String(user.userId));
  work.commit();
  context.monitor.processMoved(work.instance.id, task.id, work.instance.process?.currentTask?.elementId ?? undefined);
}
