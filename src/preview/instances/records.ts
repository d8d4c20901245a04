import { randomUUID } from 'node:crypto';
import type { DataElement } from '../../wire/dataElement.ts';
import type { InstanceStatus } from '../../wire/instance.ts';
import type { ServerContext } from '../serverContext.ts';
import type { WorkingCopy } from './workingCopy.ts';

/** A new data element's metadata, with the self link the API gives. */
export function newDataElement(
  context: ServerContext,
  work: WorkingCopy,
  fields: { dataType: string; contentType: string; size: number; filename?: string | null; by: string },
): DataElement {
  const id = randomUUID();
  const now = context.now().toISOString();
  const current = context.app();
  const instanceGuid = work.instance.id.split('/')[1]!;
  return {
    id,
    instanceGuid,
    dataType: fields.dataType,
    filename: fields.filename ?? null,
    contentType: fields.contentType,
    blobStoragePath: `${current.org}/${current.app}/${instanceGuid}/data/${id}`,
    selfLinks: {
      apps: `${context.origin()}/${current.org}/${current.app}/instances/${work.instance.id}/data/${id}`,
      platform: null,
    },
    size: fields.size,
    contentHash: null,
    locked: false,
    refs: null,
    isRead: true,
    tags: [],
    userDefinedMetadata: null,
    metadata: null,
    deleteStatus: null,
    fileScanResult: 'NotApplicable',
    references: null,
    created: now,
    createdBy: fields.by,
    lastChanged: now,
    lastChangedBy: fields.by,
  };
}

/** The status of a new instance: active, read by the user who created it. */
export function defaultStatus(): InstanceStatus {
  return {
    isArchived: false,
    archived: null,
    isSoftDeleted: false,
    softDeleted: null,
    isHardDeleted: false,
    hardDeleted: null,
    readStatus: 1,
    substatus: null,
  };
}
