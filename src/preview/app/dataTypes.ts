import { asRecord } from '../../core/app/appFormat.ts';

/** The parts of an application metadata `dataTypes[]` entry the preview server acts on. */
export interface DataTypeConfig {
  readonly id: string;
  readonly taskId?: string;
  /** Form data: the data type has a model class (`appLogic.classRef`); otherwise it holds files. */
  readonly isFormData: boolean;
  readonly autoCreate: boolean;
  readonly allowedContentTypes: readonly string[];
  /** Megabytes; undefined means no limit. */
  readonly maxSize?: number;
  /** 0 means no limit. */
  readonly maxCount: number;
  readonly minCount: number;
  readonly enableFileScan: boolean;
  /** A file still Pending its virus scan blocks process/next. */
  readonly validationErrorOnPendingFileScan: boolean;
  readonly disallowUserCreate: boolean;
  readonly disallowUserDelete: boolean;
  readonly actionRequiredToRead?: string;
  readonly actionRequiredToWrite?: string;
  readonly allowedContributors: readonly string[];
}

export function readDataTypes(metadata: Record<string, unknown> | undefined): DataTypeConfig[] {
  const list = Array.isArray(metadata?.dataTypes) ? metadata.dataTypes : [];
  return list.flatMap((entry): DataTypeConfig[] => {
    const type = asRecord(entry);
    if (!type || typeof type.id !== 'string') return [];
    const appLogic = asRecord(type.appLogic) ?? {};
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
    return [
      {
        id: type.id,
        taskId: text(type.taskId),
        isFormData: typeof appLogic.classRef === 'string',
        autoCreate: appLogic.autoCreate === true,
        allowedContentTypes: strings(type.allowedContentTypes),
        maxSize: typeof type.maxSize === 'number' && type.maxSize > 0 ? type.maxSize : undefined,
        maxCount: typeof type.maxCount === 'number' ? type.maxCount : 0,
        minCount: typeof type.minCount === 'number' ? type.minCount : 0,
        enableFileScan: type.enableFileScan === true,
        validationErrorOnPendingFileScan: type.validationErrorOnPendingFileScan === true,
        disallowUserCreate: appLogic.disallowUserCreate === true,
        disallowUserDelete: appLogic.disallowUserDelete === true,
        actionRequiredToRead: text(type.actionRequiredToRead),
        actionRequiredToWrite: text(type.actionRequiredToWrite),
        allowedContributors: [...strings(type.allowedContributors), ...strings(type.allowedContributers)],
      },
    ];
  });
}
