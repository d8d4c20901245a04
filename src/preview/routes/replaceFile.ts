import type { DataElement } from '../../wire/dataElement.ts';
import { dataTypeById } from '../app/previewApp.ts';
import { checkUpload, fileNameOf, storedContentType } from '../data/attachments.ts';
import { badRequest, HttpProblem } from '../http/problem.ts';
import { header, readBody } from '../http/request.ts';
import { sendJson } from '../http/response.ts';
import { serialPerInstance, type RouteHandler, type Router } from '../http/router.ts';
import { checkDataWrite, readableElement } from '../instances/dataAccess.ts';
import type { ServerContext } from '../serverContext.ts';
import { openInstance } from './access.ts';

/**
 * The legacy `PUT data/{id}` for files (app-api §5.6): the bytes are replaced and checked as an
 * upload is, and a scanned data type's file is Pending again until the new content is scanned.
 * Form data is changed with PATCH; its PUT is not emulated.
 */
export function registerReplaceFileRoutes(router: Router, context: ServerContext): void {
  const replace: RouteHandler = serialPerInstance(context.serial, async ({ req, res, params }) => {
    const { user, work } = await openInstance(context, req, params, 'write');
    const element = readableElement(context, user, work, params.id!);
    if (params.type !== undefined && params.type !== element.dataType) {
      throw badRequest(`Data element ${element.id} is of type "${element.dataType}", not "${params.type}".`);
    }
    const type = checkDataWrite(context, user, work, element.dataType, 'update', element);
    if (dataTypeById(context.app(), type.id)?.isFormData) {
      throw badRequest(`"${type.id}" is form data: change it with PATCH data/${element.id} (JSON Patch).`);
    }
    const limit = type.maxSize === undefined ? undefined : type.maxSize * 1024 * 1024 + 1;
    const content = await readBody(req, limit).catch((error: unknown) => {
      if (error instanceof HttpProblem && error.status === 413) {
        throw new HttpProblem(413, 'Max Size Exceeded', `"${type.id}" allows at most ${type.maxSize} MB per file.`);
      }
      throw error;
    });
    const contentType = header(req, 'content-type') ?? 'application/octet-stream';
    const fileName = fileNameOf(header(req, 'content-disposition'));
    checkUpload(type, fileName, contentType, content.length);
    const now = context.now().toISOString();
    const by = String(user.userId);
    const replaced: DataElement = {
      ...element,
      filename: fileName!,
      contentType: storedContentType(fileName!, contentType),
      size: content.length,
      lastChanged: now,
      lastChangedBy: by,
      fileScanResult: type.enableFileScan ? context.fileScan(type.id) : 'NotApplicable',
    };
    work.updateElement(replaced);
    work.replaceContent(element.id, content);
    work.touch(now, by);
    work.commit();
    context.startFileScans(work.instance.id);
    sendJson(res, 201, replaced);
  });
  router.put('instances/:party/:guid/data/:id', replace);
  router.put('instances/:party/:guid/data/:id/type/:type', replace);
}
