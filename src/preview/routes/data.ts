import { asRecord } from '../../core/app/appFormat.ts';
import type { DataElement } from '../../wire/dataElement.ts';
import { dataTypeById } from '../app/previewApp.ts';
import { checkUpload, fileNameOf, storedContentType } from '../data/attachments.ts';
import { withoutRowIds } from '../data/rowIds.ts';
import { badRequest, conflict, HttpProblem } from '../http/problem.ts';
import { header, queryFlag, queryParam, readBody, readJson } from '../http/request.ts';
import { sendEmpty, sendJson } from '../http/response.ts';
import { serialPerInstance, type RouteContext, type RouteHandler, type Router } from '../http/router.ts';
import { checkDataWrite, readableElement } from '../instances/dataAccess.ts';
import { patchFormData } from '../instances/patchFormData.ts';
import { newDataElement } from '../instances/records.ts';
import { refreshPresentationFields } from '../instances/presentationFields.ts';
import { addPrefilledFormData } from '../prefill/formData.ts';
import type { WorkingCopy } from '../instances/workingCopy.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { incrementalValidation } from '../validation/incremental.ts';
import { openInstance } from './access.ts';
import { refuseUnscanned } from '../scan/unscannedContent.ts';

const DATA = 'instances/:party/:guid/data';
const TAG = /^[\p{L}\-_]+$/u;

/** Form data and attachments of an instance (app-api §5). */
export function registerDataRoutes(router: Router, context: ServerContext): void {
  const serial = (handler: RouteHandler) => serialPerInstance(context.serial, handler);
  const getData = async ({ req, res, params, url }: RouteContext) => {
    const { user, work } = await openInstance(context, req, params);
    const element = readableElement(context, user, work, params.id!);
    if (params.type !== undefined && params.type !== element.dataType) {
      throw badRequest(`Data element ${element.id} is of type "${element.dataType}", not "${params.type}".`);
    }
    if (dataTypeById(context.app(), element.dataType)?.isFormData) {
      const model = work.model(element.id);
      sendJson(res, 200, queryFlag(url, 'includeRowId') ? model : withoutRowIds(model));
      return;
    }
    refuseUnscanned(element);
    const content = work.content(element.id);
    res.writeHead(200, {
      'content-type': element.contentType,
      'content-length': String(content.length),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(element.filename ?? element.id)}`,
    });
    res.end(content);
  };
  router.get(`${DATA}/:id`, getData);
  router.get(`${DATA}/:id/type/:type`, getData);

  router.patch(
    DATA,
    serial(async ({ req, res, params, url }) => {
      const { user, work } = await openInstance(context, req, params, 'write');
      const body = asRecord(await readJson(req));
      if (!body || !Array.isArray(body.patches))
        throw badRequest('The body must be { "patches": [{ "dataElementId", "patch" }], "ignoredValidators"? }.');
      const patches = body.patches.map((entry) => asRecord(entry) ?? {});
      const changed: string[] = [];
      for (const entry of patches) {
        if (typeof entry.dataElementId !== 'string')
          throw badRequest('Every entry of "patches" needs a "dataElementId".');
        await patchFormData(context, user, work, entry.dataElementId, entry.patch, language(url));
        changed.push(entry.dataElementId);
      }
      const validationIssues = incrementalValidation(context, work, language(url), stringList(body.ignoredValidators));
      work.commit();
      sendJson(res, 200, {
        validationIssues,
        newDataModels: changed.map((id) => ({ dataElementId: id, data: work.model(id) })),
        instance: work.full(),
      });
    }),
  );

  router.patch(
    `${DATA}/:id`,
    serial(async ({ req, res, params, url }) => {
      const { user, work } = await openInstance(context, req, params, 'write');
      const body = asRecord(await readJson(req));
      if (!body) throw badRequest('The body must be { "patch": [...], "ignoredValidators"? }.');
      await patchFormData(context, user, work, params.id!, body.patch, language(url));
      const groups = incrementalValidation(context, work, language(url), stringList(body.ignoredValidators));
      work.commit();
      sendJson(res, 200, {
        validationIssues: Object.fromEntries(groups.map((group) => [group.source, group.issues])),
        newDataModel: work.model(params.id!),
        instance: work.full(),
      });
    }),
  );

  router.post(
    `${DATA}/:dataType`,
    serial(async (route) => {
      const { element, work, formData } = await createElement(context, route, route.params.dataType!);
      sendJson(route.res, 200, {
        newDataElementId: element.id,
        instance: work.full(),
        validationIssues: [],
        newDataModels: formData ? [{ dataElementId: element.id, data: work.model(element.id) }] : [],
      });
    }),
  );

  router.post(
    DATA,
    serial(async (route) => {
      const dataType = queryParam(route.url, 'dataType');
      if (!dataType) throw badRequest('Name the data type: POST data?dataType=<id>.');
      const { element } = await createElement(context, route, dataType);
      sendJson(route.res, 201, element);
    }),
  );

  router.delete(
    `${DATA}/:id`,
    serial(async ({ req, res, params }) => {
      const { user, work } = await openInstance(context, req, params, 'write');
      const element = readableElement(context, user, work, params.id!);
      checkDataWrite(context, user, work, element.dataType, 'delete', element);
      work.removeElement(element.id);
      work.touch(context.now().toISOString(), String(user.userId));
      work.commit();
      sendJson(res, 200, { instance: work.full(), validationIssues: [], newDataModels: [] });
    }),
  );

  router.get(`${DATA}/:id/tags`, async ({ req, res, params }) => {
    const { user, work } = await openInstance(context, req, params);
    sendJson(res, 200, { tags: readableElement(context, user, work, params.id!).tags ?? [] });
  });

  router.post(
    `${DATA}/:id/tags`,
    serial(async ({ req, res, params }) => {
      const { user, work, element } = await writableElement(context, req, params);
      const tag = await readJson(req);
      if (typeof tag !== 'string' || !TAG.test(tag))
        throw badRequest('The body must be a JSON string of letters, "-" and "_".');
      const tags = [...new Set([...(element.tags ?? []), tag])];
      saveTags(context, work, user, element, tags);
      sendJson(res, 201, { tags });
    }),
  );

  router.put(
    `${DATA}/:id/tags`,
    serial(async ({ req, res, params }) => {
      const { user, work, element } = await writableElement(context, req, params);
      const body = asRecord(await readJson(req));
      const tags = body?.tags;
      if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string' && TAG.test(tag))) {
        throw badRequest('The body must be { "tags": [...] } with tags of letters, "-" and "_".');
      }
      saveTags(context, work, user, element, [...new Set(tags as string[])]);
      sendJson(res, 200, { tags: [...new Set(tags)], validationIssues: [] });
    }),
  );

  router.delete(
    `${DATA}/:id/tags/:tag`,
    serial(async ({ req, res, params }) => {
      const { user, work, element } = await writableElement(context, req, params);
      saveTags(
        context,
        work,
        user,
        element,
        (element.tags ?? []).filter((tag) => tag !== params.tag),
      );
      sendEmpty(res, 204);
    }),
  );
}

function language(url: URL): string {
  return queryParam(url, 'language') ?? 'nb';
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((item) => item.trim());
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

async function writableElement(context: ServerContext, req: RouteContext['req'], params: RouteContext['params']) {
  const { user, work } = await openInstance(context, req, params, 'write');
  const element = readableElement(context, user, work, params.id!);
  checkDataWrite(context, user, work, element.dataType, 'update', element);
  return { user, work, element };
}

function saveTags(
  context: ServerContext,
  work: WorkingCopy,
  user: PreviewUser,
  element: DataElement,
  tags: string[],
): void {
  work.updateElement({
    ...element,
    tags,
    lastChanged: context.now().toISOString(),
    lastChangedBy: String(user.userId),
  });
  work.commit();
}

/** `POST data/{dataType}` and the legacy `POST data?dataType=`: a file, or a new form data element (a subform entry). */
async function createElement(context: ServerContext, { req, params }: RouteContext, dataTypeId: string) {
  const { user, work } = await openInstance(context, req, params, 'write');
  if (!work.instance.process?.currentTask)
    throw conflict('No current task', `Instance ${work.instance.id} is not in a task; data cannot be added.`);
  const type = checkDataWrite(context, user, work, dataTypeId, 'create');
  const by = String(user.userId);
  const contentType = header(req, 'content-type') ?? 'application/octet-stream';
  if (type.isFormData) {
    if (/xml/i.test(contentType)) {
      throw new HttpProblem(
        415,
        'Unsupported Media Type',
        `The preview reads form data as JSON only; "${type.id}" was sent as ${contentType}.`,
      );
    }
    const text = (await readBody(req)).toString('utf8').replace(/^\uFEFF/, '');
    let model: Record<string, unknown> = {};
    if (text.trim() !== '') {
      try {
        model = asRecord(JSON.parse(text)) ?? {};
      } catch (error) {
        throw badRequest(`The form data is not valid JSON: ${(error as Error).message}`);
      }
    }
    const element = addPrefilledFormData(context, work, { dataType: type.id, model, userId: user.userId }, by);
    refreshPresentationFields(context, work);
    work.touch(context.now().toISOString(), String(user.userId));
    work.commit();
    return { element, work, formData: true };
  }
  const limit = type.maxSize === undefined ? undefined : type.maxSize * 1024 * 1024 + 1;
  const content = await readBody(req, limit).catch((error: unknown) => {
    if (error instanceof HttpProblem && error.status === 413) {
      throw new HttpProblem(413, 'Max Size Exceeded', `"${type.id}" allows at most ${type.maxSize} MB per file.`);
    }
    throw error;
  });
  const fileName = fileNameOf(header(req, 'content-disposition'));
  checkUpload(type, fileName, contentType, content.length);
  const element: DataElement = {
    ...newDataElement(context, work, {
      dataType: type.id,
      contentType: storedContentType(fileName!, contentType),
      size: content.length,
      filename: fileName,
      by,
    }),
    fileScanResult: type.enableFileScan ? context.fileScan(type.id) : 'NotApplicable',
  };
  work.addElement(element, content);
  work.touch(context.now().toISOString(), String(user.userId));
  work.commit();
  if (type.enableFileScan) context.monitor.fileScanned(work.instance.id, element.id, element.fileScanResult!);
  context.startFileScans(work.instance.id);
  return { element, work, formData: false };
}
