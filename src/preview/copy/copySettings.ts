import { asRecord } from '../../core/app/appFormat.ts';

/** `copyInstanceSettings` of applicationmetadata.json (platform spec §3.1). */
export interface CopyInstanceSettings {
  readonly enabled: boolean;
  readonly excludedDataTypes: readonly string[];
  /** Model paths (prefill path rules) reset in every copied form. */
  readonly excludedDataFields: readonly string[];
  /** Copy files too; the schema's name is `includeAttachments`. */
  readonly includeAttachments: boolean;
}

export function copyInstanceSettings(metadata: Readonly<Record<string, unknown>>): CopyInstanceSettings {
  const settings = asRecord(metadata.copyInstanceSettings) ?? {};
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return {
    enabled: settings.enabled === true,
    excludedDataTypes: strings(settings.excludedDataTypes),
    excludedDataFields: strings(settings.excludedDataFields),
    includeAttachments: settings.includeAttachments === true,
  };
}
