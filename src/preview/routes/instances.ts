import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { asRecord } from '../../core/app/appFormat.ts';
import type { Instance, SimpleInstance } from '../../wire/instance.ts';
import { badRequest, forbidden, HttpProblem, notFound } from '../http/problem.ts';
import { header, queryFlag, queryParam, readJson } from '../http/request.ts';
import { sendJson } from '../http/response.ts';
import { serialPerInstance, type Router } from '../http/router.ts';
import { readInstantiationParts, type InstantiationPart } from '../instances/multipart.ts';
import { defaultStatus, newDataElement } from '../instances/records.ts';
import { applyMove, dataModelReader, enterTask } from '../instances/taskLifecycle.ts';
import { addRowIds } from '../data/rowIds.ts';
import { prefillFormData } from '../prefill/formData.ts';
import { copyData, openCopySource } from '../copy/copyInstance.ts';
import { checkDeletionAllowed } from '../instances/deletion.ts';
import { WorkingCopy } from '../instances/workingCopy.ts';
import { moveNext, ProcessError, startProcess } from '../process/index.ts';
import { isPartyTypeAllowed, type PartyTypesAllowed } from '../auth/parties.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { instanceResponse, openInstance, partyIdParam, requireUser } from './access.ts';

/** Creating, reading and deleting instances (app-api §4). */
export function registerInstanceRoutes(router: Router, context: ServerContext): void {
  router.post('instances', async ({ req, res, url }) => {
    const user = await requireUser(context, req);
    const queryParty = queryParam(url, 'instanceOwnerPartyId');
    const contentType = header(req, 'content-type') ?? '';
    const { template, parts } = contentType.startsWith('multipart/form-data')
      ? await readInstantiationParts(req, contentType, context.app().dataTypes)
      : { template: asRecord(await readJson(req)) ?? {}, parts: [] };
    const templateParty = asRecord(template.instanceOwner)?.partyId;
    if ((queryParty === undefined) === (templateParty === undefined || templateParty === null)) {
      throw badRequest(
        'Give the instance owner either as ?instanceOwnerPartyId= or as instanceOwner.partyId in the body, not both or neither.',
      );
    }
    const partyId = partyIdParam(String(queryParty ?? templateParty));
    const instance = await createInstance(context, user, partyId, {}, template, parts);
    sendCreated(context, res, instance);
  });

  router.post('instances/create', async ({ req, res }) => {
    const user = await requireUser(context, req);
    const body = asRecord(await readJson(req));
    const partyValue = asRecord(body?.instanceOwner)?.partyId;
    if (partyValue === undefined || partyValue === null) throw badRequest('instanceOwner.partyId is required.');
    const partyId = partyIdParam(String(partyValue));
    const prefill = asRecord(body?.prefill) ?? {};
    if (body?.sourceInstanceId !== undefined && body.sourceInstanceId !== null) {
      const source = await openCopySource(context, req, String(body.sourceInstanceId));
      if (source.partyId !== partyId) {
        throw badRequest(
          `The source instance belongs to party ${source.partyId}, not ${partyId}; a copy stays with the same party.`,
        );
      }
      const template = { ...body, visibleAfter: source.work.instance.visibleAfter ?? null };
      const instance = await createInstance(context, user, partyId, prefill, template, [], (work, firstTask) =>
        copyData(context, source, work, firstTask),
      );
      sendCreated(context, res, instance);
      return;
    }
    const instance = await createInstance(context, user, partyId, prefill, body ?? {});
    sendCreated(context, res, instance);
  });

  router.get('instances/:party/active', async ({ req, res, params }) => {
    const user = await requireUser(context, req);
    const partyId = partyIdParam(params.party);
    if (!context.auth.canRepresent(user, partyId))
      throw forbidden(`User ${user.userId} cannot act for party ${partyId}.`);
    const active: SimpleInstance[] = context.store
      .listInstancesOfParty(partyId)
      .filter((instance) => !instance.status?.isArchived && !instance.status?.isSoftDeleted)
      .map((instance) => ({
        id: instance.id,
        presentationTexts: (instance.presentationTexts as Record<string, string> | null | undefined) ?? {},
        dueBefore: instance.dueBefore ?? null,
        lastChanged: instance.lastChanged ?? null,
        lastChangedBy: user.name,
      }));
    sendJson(res, 200, active);
  });

  router.get('instances/:party/:guid', async ({ req, res, params }) => {
    const { work } = await openInstance(context, req, params);
    sendJson(res, 200, instanceResponse(context, work.full()));
  });

  router.delete(
    'instances/:party/:guid',
    serialPerInstance(context.serial, async ({ req, res, params, url }) => {
      const { work } = await openInstance(context, req, params, 'delete');
      const instance = work.full();
      checkDeletionAllowed(context.app().metadata, instance, context.now());
      const now = context.now().toISOString();
      if (queryFlag(url, 'hard')) {
        context.store.transaction(() => {
          context.store.deleteInstance(instance.id);
          const { data, ...stored } = instance;
          context.store.instanceCommitted({
            before: stored,
            after: undefined,
            processEvents: [],
            savedElements: [],
            removedElements: data,
          });
        });
        context.monitor.instanceDeleted(instance.id, 'hard');
        sendJson(res, 200, {
          ...instance,
          status: { ...defaultStatus(), ...instance.status, isHardDeleted: true, hardDeleted: now },
        });
        return;
      }
      work.instance = {
        ...work.instance,
        status: { ...defaultStatus(), ...work.instance.status, isSoftDeleted: true, softDeleted: now },
      };
      work.commit();
      context.monitor.instanceDeleted(instance.id, 'soft');
      sendJson(res, 200, work.full());
    }),
  );

  router.get('instances/:party/:guid/filescanresult', async ({ req, res, params }) => {
    const { work } = await openInstance(context, req, params);
    // As the reference: only the scanned elements are listed.
    const data = work.data
      .map((element) => ({ id: element.id, fileScanResult: element.fileScanResult ?? 'NotApplicable' }))
      .filter((element) => element.fileScanResult !== 'NotApplicable');
    const rank = ['NotApplicable', 'Clean', 'Pending', 'Infected'];
    const worst = data.reduce(
      (result, element) =>
        rank.indexOf(element.fileScanResult) > rank.indexOf(result) ? element.fileScanResult : result,
      'NotApplicable',
    );
    sendJson(res, 200, { id: work.instance.id, fileScanResult: worst, data });
  });
}

function sendCreated(context: ServerContext, res: ServerResponse, instance: Instance): void {
  const location = `${context.origin()}/${instance.appId}/instances/${instance.id}`;
  sendJson(res, 201, instanceResponse(context, instance), { location });
}

/**
 * Creates an instance as `InstancesController.Post` does: party and policy checks, then the
 * process starts and the first task's form data is auto-created (with any prefill), all in one
 * transaction.
 */
export async function createInstance(
  context: ServerContext,
  user: PreviewUser,
  partyId: number,
  prefill: Readonly<Record<string, unknown>>,
  template: Record<string, unknown>,
  parts: readonly InstantiationPart[] = [],
  /** Data put in before the first task is entered (a copy's), so auto-create skips those types. */
  seed?: (work: WorkingCopy, firstTaskId: string) => void,
): Promise<Instance> {
  const app = context.app();
  const party = context.auth.party(partyId);
  if (!party) throw notFound(`Cannot lookup party: no test party ${partyId}.`);
  if (!context.auth.canRepresent(user, partyId))
    throw forbidden(`User ${user.userId} cannot act for party ${partyId}.`);
  const decision = context.auth.authorize({ user, partyId, action: 'instantiate' });
  if (!decision.permit) {
    throw forbidden(
      decision.failedObligations
        ? `Instantiating needs authentication level ${decision.failedObligations.RequiredAuthenticationLevel}; the token has ${user.authenticationLevel}.`
        : `The app's policy does not let user ${user.userId} instantiate for party ${partyId}.`,
      decision.failedObligations ? { ...decision.failedObligations } : undefined,
    );
  }
  if (!isPartyTypeAllowed(party, app.metadata.partyTypesAllowed as PartyTypesAllowed | undefined)) {
    throw forbidden(`The app's partyTypesAllowed does not let party ${partyId} (${party.name}) instantiate.`);
  }
  const definition = app.process?.definition;
  if (!definition) {
    throw new HttpProblem(
      409,
      'No process',
      app.processXml === undefined
        ? 'The app has no App/config/process/process.bpmn, so instances cannot be created.'
        : `App/config/process/process.bpmn could not be read: ${app.process?.diagnostics.map((d) => d.message).join('; ')}`,
    );
  }
  const now = context.now();
  const guid = randomUUID();
  const id = `${partyId}/${guid}`;
  const by = String(user.userId);
  const work = WorkingCopy.create(context.store, {
    id,
    appId: `${app.org}/${app.app}`,
    org: app.org,
    instanceOwner: {
      partyId: String(partyId),
      personNumber: party.ssn ?? null,
      organisationNumber: party.orgNumber ?? null,
      username: null,
    },
    selfLinks: { apps: `${context.origin()}/${app.org}/${app.app}/instances/${id}`, platform: null },
    process: null,
    status: defaultStatus(),
    completeConfirmations: [],
    dueBefore: typeof template.dueBefore === 'string' ? template.dueBefore : null,
    visibleAfter: typeof template.visibleAfter === 'string' ? template.visibleAfter : null,
    presentationTexts: null,
    dataValues: null,
    created: now.toISOString(),
    createdBy: by,
    lastChanged: now.toISOString(),
    lastChangedBy: by,
  });
  const performer = { userId: user.userId, authenticationLevel: user.authenticationLevel };
  let started;
  try {
    started = startProcess(definition, {
      now,
      performedBy: performer,
      dataModel: dataModelReader(context, work, undefined),
    });
  } catch (error) {
    if (error instanceof ProcessError) throw new HttpProblem(500, 'Process could not start', error.message);
    throw error;
  }
  for (const part of parts) {
    const element = newDataElement(context, work, {
      dataType: part.type.id,
      contentType: part.contentType,
      size: part.content.length,
      filename: part.fileName,
      by,
    });
    if (!part.model && part.type.enableFileScan) element.fileScanResult = context.fileScan(part.type.id);
    if (part.model) {
      element.metadata = prefillFormData(context, {
        dataType: part.type.id,
        model: part.model,
        partyId,
        userId: user.userId,
      });
      addRowIds(part.model);
    }
    work.addElement(element, part.model ? Buffer.from(JSON.stringify(part.model)) : part.content);
  }
  work.addEvents(started.events);
  work.instance = { ...work.instance, process: started.state };
  if (started.entered) {
    seed?.(work, started.entered.id);
    await enterTask(context, work, started.entered, by, prefill);
    if (started.entered.autoAdvance) {
      const move = moveNext(definition, started.state, {
        action: null,
        dataModel: dataModelReader(context, work, started.entered.id),
        now,
        performedBy: performer,
      });
      await applyMove(context, definition, work, move, performer, by);
    }
  }
  work.commit();
  context.monitor.instanceCreated(id);
  context.startFileScans(work.instance.id);
  return work.full();
}
