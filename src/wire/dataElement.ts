import type { ValidationSourcePair } from './validation.ts';

/** A string on the wire (unlike the other enums of the API). */
export type FileScanResult = 'NotApplicable' | 'Pending' | 'Clean' | 'Infected';

export interface ResourceLinks {
  apps?: string | null;
  platform?: string | null;
}

export interface KeyValueEntry {
  key?: string | null;
  value?: string | null;
}

export interface DeleteStatus {
  isHardDeleted: boolean;
  hardDeleted?: string | null;
}

/** A link from a data element to another element or to a task. */
export interface DataElementReference {
  value?: string | null;
  relation?: string | null;
  valueType?: 'DataElement' | 'Task' | null;
}

/** One file or form-data model of an instance. */
export interface DataElement {
  id: string;
  instanceGuid: string;
  dataType: string;
  contentType: string;
  filename?: string | null;
  blobStoragePath?: string | null;
  selfLinks?: ResourceLinks | null;
  size?: number;
  contentHash?: string | null;
  /** A locked element belongs to a task the process has left; writes to it fail with 409. */
  locked: boolean;
  refs?: string[] | null;
  isRead?: boolean;
  tags?: string[] | null;
  userDefinedMetadata?: KeyValueEntry[] | null;
  metadata?: KeyValueEntry[] | null;
  deleteStatus?: DeleteStatus | null;
  fileScanResult?: FileScanResult;
  references?: DataElementReference[] | null;
  created?: string | null;
  createdBy?: string | null;
  lastChanged?: string | null;
  lastChangedBy?: string | null;
  [property: string]: unknown;
}

/** `GET instances/{p}/{g}/filescanresult`: the instance's overall scan state and each element's. */
export interface InstanceFileScanResult {
  id?: string | null;
  fileScanResult: FileScanResult;
  data?: { id?: string | null; fileScanResult: FileScanResult }[] | null;
}

/** `GET data/{id}/tags`. */
export interface TagsList {
  tags?: string[] | null;
}

/** Body of `PUT data/{id}/tags`. Tags match `^[\p{L}\-_]+$`. */
export interface SetTagsRequest {
  tags: string[];
}

/** Reply of `PUT data/{id}/tags`: the tags now set, and the issues that changed because of them. */
export interface SetTagsResponse {
  tags?: string[] | null;
  validationIssues?: ValidationSourcePair[] | null;
}
