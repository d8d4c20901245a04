import type { PreviewApp } from '../../src/preview/app/previewApp.ts';
import { defaultStatus, newDataElement } from '../../src/preview/instances/records.ts';
import { WorkingCopy } from '../../src/preview/instances/workingCopy.ts';
import type { ServerContext } from '../../src/preview/serverContext.ts';
import type { PreviewStore } from '../../src/preview/storage/store.ts';

/** Where a seeded instance of the example app stands: filling in (Task_1), confirming (Task_2) or archived. */
export type SeedStage = 'filling' | 'confirming' | 'archived';

export interface SeedInstance {
  readonly partyId: number;
  readonly stage: SeedStage;
  /** ISO time of creation and last change. */
  readonly at: string;
  readonly model: Record<string, unknown>;
}

function processState(stage: SeedStage, at: string) {
  if (stage === 'archived') {
    return { started: at, startEvent: 'StartEvent_1', currentTask: null, ended: at, endEvent: 'EndEvent_1' };
  }
  const [elementId, name, altinnTaskType, flow] =
    stage === 'filling' ? ['Task_1', 'Utfylling', 'data', 2] : ['Task_2', 'Bekreftelse', 'confirmation', 3];
  return {
    started: at,
    startEvent: 'StartEvent_1',
    currentTask: {
      flow,
      started: at,
      elementId,
      name,
      altinnTaskType,
      ended: null,
      validated: null,
      flowType: 'CompleteCurrentMoveToNext',
    },
    ended: null,
    endEvent: null,
  };
}

/**
 * Writes an instance of the example app (`examples/event-permit`) with its form data straight into
 * the store, through `WorkingCopy.commit` as the server's routes do, so the inbox index is updated
 * by the same code. Much faster than the HTTP API for thousands of instances.
 */
export function seedInstance(store: PreviewStore, app: PreviewApp, seed: SeedInstance): string {
  const context = { app: () => app, origin: () => 'http://127.0.0.1', now: () => new Date(seed.at) } as ServerContext;
  const id = `${seed.partyId}/${crypto.randomUUID()}`;
  const archived = seed.stage === 'archived';
  const work = WorkingCopy.create(store, {
    id,
    appId: `${app.org}/${app.app}`,
    org: app.org,
    instanceOwner: { partyId: String(seed.partyId), personNumber: null, organisationNumber: null, username: null },
    process: processState(seed.stage, seed.at) as never,
    status: { ...defaultStatus(), isArchived: archived, archived: archived ? seed.at : null },
    completeConfirmations: [],
    presentationTexts: presentationTexts(app, seed.model),
    dataValues: null,
    created: seed.at,
    createdBy: '1337',
    lastChanged: seed.at,
    lastChangedBy: '1337',
  });
  const content = Buffer.from(JSON.stringify(seed.model));
  const element = newDataElement(context, work, {
    dataType: 'model',
    contentType: 'application/xml',
    size: content.length,
    by: '1337',
  });
  work.addElement({ ...element, locked: seed.stage !== 'filling' }, content);
  work.commit();
  return id;
}

/**
 * The presentation texts the app's `presentationFields` give the model (platform §8.2), as the
 * server records them when form data is saved.
 */
function presentationTexts(app: PreviewApp, model: Record<string, unknown>): Record<string, string> | null {
  const fields = Array.isArray(app.metadata.presentationFields) ? app.metadata.presentationFields : [];
  const texts: Record<string, string> = {};
  for (const field of fields as { id?: unknown; path?: unknown; dataTypeId?: unknown }[]) {
    if (typeof field.id !== 'string' || typeof field.path !== 'string' || field.dataTypeId !== 'model') continue;
    let value: unknown = model;
    for (const key of field.path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'string' && value !== '') texts[field.id] = value;
  }
  return Object.keys(texts).length > 0 ? texts : null;
}
