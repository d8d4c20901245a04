/**
 * Starting a new instance from an archived one of the same party (platform spec §3.2,
 * `InstancesController.CopyDataFromSourceInstance`): the form data of the first task's data types
 * (minus `excludedDataTypes`) with `excludedDataFields` reset and the prefill configuration run
 * again, and that task's files when `includeAttachments` is set. It runs inside the new instance's
 * creation, before the first task is entered, so auto-create skips the copied types, and nothing
 * is stored when any step fails.
 */
import type { IncomingMessage } from 'node:http';
import { asRecord } from '../../core/app/appFormat.ts';
import type { DataElement } from '../../wire/dataElement.ts';
import { addRowIds, withoutRowIds } from '../data/rowIds.ts';
import { badRequest, forbidden } from '../http/problem.ts';
import { newDataElement } from '../instances/records.ts';
import type { WorkingCopy } from '../instances/workingCopy.ts';
import { prefillFormData } from '../prefill/formData.ts';
import { openInstance } from '../routes/access.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { copyInstanceSettings } from './copySettings.ts';

/** The source of a copy, read and checked: who may copy it, and that it may be copied. */
export interface CopySource {
  readonly user: PreviewUser;
  readonly partyId: number;
  readonly elements: readonly DataElement[];
  readonly work: WorkingCopy;
}

/**
 * Checks a copy as the reference does, in its order: a user (not a service owner), copying
 * enabled, `read` on the source, the source archived. `instantiate` for the party is checked when
 * the new instance is created.
 */
export async function openCopySource(
  context: ServerContext,
  req: IncomingMessage,
  sourceId: string,
): Promise<CopySource> {
  const match = /^(\d+)\/([0-9a-f-]{36})$/i.exec(sourceId);
  if (!match) throw badRequest(`sourceInstanceId must be "{partyId}/{instanceGuid}", not "${sourceId}".`);
  const { user, work } = await openInstance(context, req, { party: match[1]!, guid: match[2]! }, 'read');
  if (user.principal.kind !== 'user') throw forbidden('Only a user can copy an instance; a service owner cannot.');
  if (!copyInstanceSettings(context.app().metadata).enabled) {
    throw badRequest(
      'Creating instance based on a copy from an archived instance is not enabled for this app (copyInstanceSettings.enabled in applicationmetadata.json).',
    );
  }
  if (!work.instance.status?.isArchived) {
    throw badRequest(`Instance ${sourceId} is not archived; only a submitted (archived) instance can be copied.`);
  }
  return { user, partyId: Number(match[1]), elements: work.data, work };
}

/** Copies the source's data of the first task into the new instance (before that task is entered). */
export function copyData(context: ServerContext, source: CopySource, target: WorkingCopy, firstTaskId: string): void {
  const settings = copyInstanceSettings(context.app().metadata);
  const by = String(source.user.userId);
  const firstTaskTypes = context.app().dataTypes.filter((type) => type.taskId === firstTaskId);
  for (const element of source.elements) {
    const type = firstTaskTypes.find((candidate) => candidate.id === element.dataType);
    if (!type || settings.excludedDataTypes.includes(type.id)) continue;
    if (type.isFormData) {
      const model = asRecord(withoutRowIds(source.work.model(element.id))) ?? {};
      for (const path of settings.excludedDataFields) resetField(model, path);
      const metadata = prefillFormData(context, {
        dataType: type.id,
        model,
        partyId: source.partyId,
        userId: source.user.userId,
      });
      addRowIds(model);
      const content = Buffer.from(JSON.stringify(model), 'utf8');
      target.addElement(
        {
          ...newDataElement(context, target, {
            dataType: type.id,
            contentType: element.contentType,
            size: content.length,
            by,
          }),
          metadata,
        },
        content,
      );
    } else if (settings.includeAttachments) {
      const content = source.work.content(element.id);
      target.addElement(
        {
          ...newDataElement(context, target, {
            dataType: type.id,
            contentType: element.contentType,
            size: content.length,
            filename: element.filename,
            by,
          }),
          fileScanResult: element.fileScanResult ?? 'NotApplicable',
        },
        content,
      );
    }
  }
}

/** Resets a field to its default (absent) by the prefill path rules: `-` removed, case-insensitive; a missing path is no error. */
function resetField(model: Record<string, unknown>, path: string): void {
  const segments = path.replace(/-/g, '').split('.');
  let container: Record<string, unknown> | undefined = model;
  for (const [index, segment] of segments.entries()) {
    if (!container) return;
    const key = Object.keys(container).find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
    if (key === undefined) return;
    if (index === segments.length - 1) delete container[key];
    else container = asRecord(container[key]);
  }
}
