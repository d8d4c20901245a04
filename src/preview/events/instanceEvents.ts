import type { InstanceCommit } from '../storage/instanceCommit.ts';
import type { StoredInstance } from '../storage/store.ts';
import { PLATFORM_EVENT_TYPES, SKJEMA_EVENT_TYPES } from './cloudEvent.ts';

/** An event to record: its type, the instance it is about and skjema's `data`, if any. */
export interface EventDraft {
  readonly type: string;
  readonly instance: StoredInstance;
  readonly data?: unknown;
}

/**
 * The events one write to an instance causes, in the order a receiver should see them: created,
 * the process moves, data saved and deleted, the substatus, and deletion of the instance.
 */
export function instanceEventDrafts(commit: InstanceCommit): EventDraft[] {
  const { before, after } = commit;
  const instance = after ?? before;
  if (!instance) return [];
  const drafts: EventDraft[] = [];
  if (!before) drafts.push({ type: PLATFORM_EVENT_TYPES.created, instance });
  for (const event of commit.processEvents) {
    const taskId = event.processInfo.currentTask?.elementId;
    if (event.eventType === 'process_StartTask' && taskId)
      drafts.push({ type: PLATFORM_EVENT_TYPES.movedTo(taskId), instance });
    else if (event.eventType === 'process_EndEvent') drafts.push({ type: PLATFORM_EVENT_TYPES.completed, instance });
  }
  // A new instance's first form data is part of its creation, not a save of its own.
  if (before) {
    for (const element of commit.savedElements)
      drafts.push({
        type: SKJEMA_EVENT_TYPES.dataSaved,
        instance,
        data: { dataElementId: element.id, dataType: element.dataType },
      });
  }
  if (before && after) {
    for (const element of commit.removedElements)
      drafts.push({
        type: SKJEMA_EVENT_TYPES.dataDeleted,
        instance,
        data: { dataElementId: element.id, dataType: element.dataType },
      });
    if (JSON.stringify(before.status?.substatus ?? null) !== JSON.stringify(after.status?.substatus ?? null))
      drafts.push({ type: PLATFORM_EVENT_TYPES.substatusChanged, instance });
    if (!before.status?.isSoftDeleted && after.status?.isSoftDeleted)
      drafts.push({ type: SKJEMA_EVENT_TYPES.deleted, instance, data: { hard: false } });
  }
  if (before && !after) drafts.push({ type: SKJEMA_EVENT_TYPES.deleted, instance, data: { hard: true } });
  return drafts;
}
