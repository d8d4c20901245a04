import { asRecord } from '../../core/app/appFormat.ts';
import type { ServerContext } from '../serverContext.ts';
import type { WorkingCopy } from './workingCopy.ts';

/**
 * Recomputes the instance's `presentationTexts` and `dataValues` from the app's
 * `presentationFields` and `dataFields` (platform spec §8.2), as the app does whenever form data
 * is created or saved. Paths follow the prefill rules (case-insensitive, `-` removed); a value
 * that is null or empty removes its key, as storage does. Keys the app does not configure
 * (`dialog.id`…) are kept.
 */
export function refreshPresentationFields(context: ServerContext, work: WorkingCopy): void {
  const metadata = context.app().metadata;
  const texts = computed(work, metadata.presentationFields, work.instance.presentationTexts);
  const values = computed(work, metadata.dataFields, work.instance.dataValues);
  if (texts === undefined && values === undefined) return;
  work.instance = {
    ...work.instance,
    ...(texts === undefined ? {} : { presentationTexts: texts }),
    ...(values === undefined ? {} : { dataValues: values }),
  };
}

function computed(work: WorkingCopy, configured: unknown, current: unknown): Record<string, string> | null | undefined {
  if (!Array.isArray(configured) || configured.length === 0) return undefined;
  const result: Record<string, string> = { ...(asRecord(current) as Record<string, string> | undefined) };
  for (const entry of configured.map(asRecord)) {
    if (typeof entry?.id !== 'string' || typeof entry.path !== 'string') continue;
    const element = work.data.find((candidate) => candidate.dataType === entry.dataTypeId);
    const value = element ? readPath(work.model(element.id), entry.path) : undefined;
    const text = value === null || value === undefined || typeof value === 'object' ? '' : String(value);
    if (text === '') delete result[entry.id];
    else result[entry.id] = text;
  }
  return Object.keys(result).length === 0 ? null : result;
}

function readPath(model: Record<string, unknown>, path: string): unknown {
  let node: unknown = model;
  for (const segment of path.replace(/-/g, '').split('.')) {
    const record = asRecord(node);
    if (!record) return undefined;
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
    node = key === undefined ? undefined : record[key];
  }
  return node;
}
