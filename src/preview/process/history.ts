import type { ProcessEvent, ProcessHistoryItem, ProcessHistoryList, ProcessPerformer } from './types.ts';

function performer(performedBy: ProcessPerformer): string | null {
  if (performedBy.userId !== undefined) return String(performedBy.userId);
  return performedBy.orgId ?? null;
}

function item(event: ProcessEvent): ProcessHistoryItem | null {
  const { processInfo: info } = event;
  const common = { eventType: event.eventType, occured: event.created, performedBy: performer(event.performedBy) };
  switch (event.eventType) {
    case 'process_StartEvent':
      return { ...common, elementId: info.startEvent, started: info.started, ended: null };
    case 'process_StartTask':
    case 'process_EndTask':
    case 'process_AbandonTask':
      return {
        ...common,
        elementId: info.currentTask?.elementId ?? null,
        started: info.currentTask?.started ?? null,
        ended: info.currentTask?.ended ?? null,
      };
    case 'process_EndEvent':
      return { ...common, elementId: info.endEvent, started: null, ended: info.ended };
    default:
      // `Submited` is an instance event, not a process step.
      return null;
  }
}

/** `GET process/history` from the process events stored for an instance, oldest first. */
export function processHistory(events: readonly ProcessEvent[]): ProcessHistoryList {
  return { processHistory: events.flatMap((event) => item(event) ?? []) };
}
