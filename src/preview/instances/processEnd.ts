import type { ServerContext } from '../serverContext.ts';
import { preventsDeletion } from './deletion.ts';
import { defaultStatus } from './records.ts';
import type { WorkingCopy } from './workingCopy.ts';

/**
 * What happens when the process reaches its end (platform spec §3.4, `EndEventEventHandler`): the
 * instance is archived; elements of data types with `appLogic.autoDeleteOnProcessEnd` are deleted;
 * with the app's own `autoDeleteOnProcessEnd` the whole instance is hard-deleted, unless
 * `preventInstanceDeletionForDays` holds it back, which the reference lets take precedence.
 */
export function endProcess(context: ServerContext, work: WorkingCopy): void {
  const now = context.now();
  work.instance = {
    ...work.instance,
    status: { ...defaultStatus(), ...work.instance.status, isArchived: true, archived: now.toISOString() },
  };
  const app = context.app();
  const autoDeleted = new Set(
    metadataDataTypes(app.metadata)
      .filter(
        (type) => (type.appLogic as { autoDeleteOnProcessEnd?: unknown } | undefined)?.autoDeleteOnProcessEnd === true,
      )
      .map((type) => type.id),
  );
  // The reference marks them for a purge 7 days later and no longer serves them; the preview removes them now.
  for (const element of work.data.filter((candidate) => autoDeleted.has(candidate.dataType)))
    work.removeElement(element.id);
  if (app.metadata.autoDeleteOnProcessEnd === true && !preventsDeletion(app.metadata, work.instance, now)) {
    work.deleteOnCommit();
  }
}

function metadataDataTypes(metadata: Readonly<Record<string, unknown>>): { id: string; appLogic?: unknown }[] {
  const list = Array.isArray(metadata.dataTypes) ? (metadata.dataTypes as unknown[]) : [];
  return list.filter(
    (entry): entry is { id: string; appLogic?: unknown } =>
      entry !== null && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string',
  );
}
