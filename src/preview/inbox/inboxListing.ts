import { asRecord } from '../../core/app/appFormat.ts';
import type { InboxInstance, InboxMatchPart, InboxPage, InboxView } from '../../wire/inbox.ts';
import type { Substatus } from '../../wire/instance.ts';
import { dataTypeById, type PreviewApp } from '../app/previewApp.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import type { StoredInstance } from '../storage/store.ts';
import { dialogStatus, messageBoxProcessTask } from './instanceStatus.ts';
import { lastChangedOf, SNIPPET_END, SNIPPET_START } from './searchIndex.ts';
import { taskProgress, type ProgressCache } from './taskProgress.ts';
import { waitingFor } from './waitingFor.ts';

export interface InboxRequest {
  readonly user: PreviewUser;
  readonly partyId: number;
  readonly view: InboxView;
  /** The search as typed, and the FTS5 expression made from it (undefined when nothing is searched). */
  readonly query: string | null;
  readonly match: string | undefined;
  readonly page: number;
  readonly pageSize: number;
  readonly language: string;
}

/**
 * A page of the party's inbox. Only instances the user may `read` where they are in the process
 * are listed (the policy is asked once per task or end event the party's instances are at, and
 * the rest are filtered in SQL, so paging stays exact); `messageBoxConfig.hideSettings` removes
 * instances as storage's messagebox search does and they are counted in `hidden`.
 */
export async function inboxPage(
  context: ServerContext,
  request: InboxRequest,
  progressCache: ProgressCache,
): Promise<InboxPage> {
  const app = context.app();
  const appId = `${app.org}/${app.app}`;
  const index = context.store.searchIndex;
  const hide = hideSettings(app);
  const readable = index.locations(appId, request.partyId).filter((location) => mayRead(context, request, location));
  const isHidden = (location: string) =>
    hide.always || (location.startsWith('task:') && hide.onTasks.has(location.slice('task:'.length)));
  const shown = readable.filter((location) => !isHidden(location));
  const hiddenLocations = readable.filter(isHidden);
  const base = { appId, partyId: request.partyId, view: request.view, match: request.match };
  const { total, hits } = index.search({
    ...base,
    locations: shown,
    offset: (request.page - 1) * request.pageSize,
    limit: request.pageSize,
  });
  const hidden =
    hiddenLocations.length > 0 ? index.search({ ...base, locations: hiddenLocations, offset: 0, limit: 0 }).total : 0;
  const texts = await appTexts(app, request.language);
  const instances = hits.flatMap((hit) => {
    const instance = context.store.getInstance(hit.instanceId);
    return instance ? [inboxInstance(context, instance, texts, hit.snippet, progressCache)] : [];
  });
  return {
    partyId: request.partyId,
    view: request.view,
    query: request.query,
    page: request.page,
    pageSize: request.pageSize,
    total,
    pageCount: Math.max(1, Math.ceil(total / request.pageSize)),
    hidden,
    instances,
  };
}

function mayRead(context: ServerContext, request: InboxRequest, location: string): boolean {
  const [kind, id] = location.split(/:(.*)/s) as [string, string | undefined];
  return context.auth.authorize({
    user: request.user,
    partyId: request.partyId,
    action: 'read',
    taskId: kind === 'task' ? id : undefined,
    endEvent: kind === 'end' ? id : undefined,
  }).permit;
}

/** `messageBoxConfig.hideSettings` (platform §3.3). */
function hideSettings(app: PreviewApp): { always: boolean; onTasks: ReadonlySet<string> } {
  const settings = asRecord(asRecord(app.metadata.messageBoxConfig)?.hideSettings);
  const onTask = Array.isArray(settings?.hideOnTask) ? settings.hideOnTask : [];
  return {
    always: settings?.hideAlways === true,
    onTasks: new Set(onTask.filter((task): task is string => typeof task === 'string')),
  };
}

function inboxInstance(
  context: ServerContext,
  instance: StoredInstance,
  texts: ReadonlyMap<string, string>,
  snippet: string | null,
  progressCache: ProgressCache,
): InboxInstance {
  const app = context.app();
  const elements = context.store.listDataElements(instance.id);
  const process = instance.process;
  const task = process?.currentTask ?? null;
  const presentationText = Object.values(instance.presentationTexts ?? {})
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .join(', ');
  const appTitle = texts.get('appName') ?? texts.get('ServiceName') ?? metadataTitle(app);
  const lastChanged = lastChangedOf(instance, elements);
  const progress =
    task && !process?.ended
      ? progressCache.get(app, instance.id, lastChanged, () => {
          const models = new Map<string, unknown>();
          for (const element of elements) {
            if (!dataTypeById(app, element.dataType)?.isFormData) continue;
            try {
              models.set(element.id, JSON.parse(context.store.getContent(element.id)?.toString('utf8') ?? '{}'));
            } catch {
              models.set(element.id, {});
            }
          }
          return taskProgress({ app, taskId: task.elementId!, elements, models }) ?? null;
        })
      : null;
  return {
    id: instance.id,
    instanceOwnerPartyId: Number(instance.instanceOwner.partyId),
    appId: instance.appId,
    title: presentationText ? `${appTitle}, ${presentationText}` : appTitle,
    presentationText,
    created: instance.created ?? null,
    lastChanged: lastChanged || null,
    lastChangedBy: instance.lastChangedBy ?? null,
    dueBefore: instance.status?.isArchived || instance.status?.isSoftDeleted ? null : (instance.dueBefore ?? null),
    visibleAfter: instance.visibleAfter ?? null,
    readStatus: instance.status?.readStatus ?? 1,
    substatus: translatedSubstatus(instance.status?.substatus, texts),
    location: {
      taskId: task?.elementId ?? null,
      taskName: task?.name ?? null,
      taskType: task?.altinnTaskType ?? null,
      ended: Boolean(process?.ended),
      archived: Boolean(instance.status?.isArchived),
      softDeleted: Boolean(instance.status?.isSoftDeleted),
    },
    processCurrentTask: messageBoxProcessTask(instance),
    ...dialogStatus(instance, context.store.listProcessEvents(instance.id)),
    waitingFor: waitingFor(context, instance, elements),
    progress,
    match: snippet === null ? null : matchedData(snippet),
  };
}

function metadataTitle(app: PreviewApp): string {
  const title = asRecord(app.metadata.title);
  const text = title?.nb ?? Object.values(title ?? {})[0];
  return typeof text === 'string' ? text : app.app;
}

/** The substatus with its label and description read as text keys where the app has them (§8.3). */
function translatedSubstatus(substatus: Substatus | null | undefined, texts: ReadonlyMap<string, string>) {
  if (!substatus) return null;
  const translate = (value: string | null | undefined) => (value ? (texts.get(value) ?? value) : (value ?? null));
  return { label: translate(substatus.label), description: translate(substatus.description) };
}

/** The app's texts in the language (nb when it has none in it), by id. */
async function appTexts(app: PreviewApp, language: string): Promise<Map<string, string>> {
  const read = async (lang: string) => {
    const text = await app.source.read(`App/config/texts/resource.${lang}.json`);
    if (text === undefined) return undefined;
    try {
      return asRecord(JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  };
  const document = (/^[a-z]{2,3}$/.test(language) ? await read(language) : undefined) ?? (await read('nb'));
  const resources = Array.isArray(document?.resources) ? document.resources : [];
  const texts = new Map<string, string>();
  for (const resource of resources) {
    const entry = asRecord(resource);
    if (typeof entry?.id === 'string' && typeof entry.value === 'string') texts.set(entry.id, entry.value);
  }
  return texts;
}

/** Where the search hit the form data; null when it hit only the title (which the inbox shows anyway). */
function matchedData(snippet: string): InboxMatchPart[] | null {
  const parts = matchParts(snippet);
  return parts.some((part) => part.hit) ? parts : null;
}

/** Splits an FTS5 snippet at its marks into plain text parts, so no markup travels to a page. */
export function matchParts(snippet: string): InboxMatchPart[] {
  const parts: InboxMatchPart[] = [];
  let rest = snippet;
  while (rest !== '') {
    const start = rest.indexOf(SNIPPET_START);
    if (start === -1) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(SNIPPET_END, start);
    const stop = end === -1 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), hit: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((part) => part.text !== '');
}
