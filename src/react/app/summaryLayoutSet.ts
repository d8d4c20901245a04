import type { LoadedLayoutSet, TextResource } from '../../core/app/types.ts';

/**
 * A one-page layout set holding a Summary2 of each given task, so that a page outside those tasks
 * (the confirmation page, a task the user may only read) shows what was filled in, read-only,
 * through the same summary components as everywhere else. The tasks' own layout sets and data go
 * to `SkjemaForm` as `taskLayoutSets`.
 */
export function summaryLayoutSet(
  id: string,
  taskIds: readonly string[],
  dataType: string,
  texts: Record<string, TextResource[]>,
  // The app's metadata, for the page's title when the app has no `appName` text.
  applicationMetadata?: Record<string, unknown>,
): LoadedLayoutSet {
  const layout = taskIds.map((taskId) => ({
    id: `summary-${taskId}`,
    type: 'Summary2',
    target: { type: 'layoutSet', taskId },
  }));
  return {
    id,
    dataType,
    tasks: [id],
    pageOrder: ['summary'],
    layouts: { summary: { data: { layout } } },
    layoutFiles: { summary: `(built-in summary of ${taskIds.join(', ')})` },
    settings: { pages: { order: ['summary'] } },
    dataModelSchemas: {},
    texts,
    options: {},
    ...(applicationMetadata ? { applicationMetadata } : {}),
  };
}
