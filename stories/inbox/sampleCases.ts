import type { CaseListRequest } from '../../src/react/index.ts';
import type { InboxInstance, InboxPage } from '../../src/wire/inbox.ts';

const sophie = { userId: 1337, partyId: 501337, name: 'Sophie Salt' };
const base = {
  instanceOwnerPartyId: 501337,
  appId: 'skjema/event-permit',
  presentationText: '',
  created: '2026-12-01T09:00:00Z',
  lastChangedBy: '1337',
  dueBefore: null,
  visibleAfter: null,
  readStatus: 1 as const,
  substatus: null,
  match: null,
};
const location = {
  taskId: 'Task_1',
  taskName: 'Utfylling',
  taskType: 'data',
  ended: false,
  archived: false,
  softDeleted: false,
};

function sample(index: number, fields: Partial<InboxInstance> & { event: string }): InboxInstance {
  const { event, ...rest } = fields;
  return {
    ...base,
    id: `501337/00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    title: `Søknad om arrangementstillatelse, ${event}`,
    presentationText: event,
    lastChanged: `2026-12-0${Math.max(1, 7 - index)}T1${index}:00:00Z`,
    location,
    processCurrentTask: 'FormFilling',
    derivedStatus: 'AwaitingInitialUserInput',
    dialogStatus: 'Draft',
    waitingFor: { kind: 'owner', partyId: 501337, name: 'Sophie Salt' },
    progress: { pages: 4, pagesWithoutErrors: 3, errors: 1 },
    ...rest,
  };
}

/** A party's cases in every state the list shows. */
export const sampleCases: InboxInstance[] = [
  sample(1, { event: 'Bryggejazz', dueBefore: '2027-05-01T12:00:00Z' }),
  sample(2, {
    event: 'Jazz i parken',
    location: { ...location, taskId: 'Task_2', taskName: 'Bekreftelse', taskType: 'confirmation' },
    processCurrentTask: 'Confirmation',
    derivedStatus: 'AwaitingConfirmation',
    dialogStatus: 'InProgress',
    waitingFor: { kind: 'confirmer', people: [sophie] },
    progress: null,
  }),
  sample(3, {
    event: 'Styremøte med signering',
    location: { ...location, taskId: 'Task_3', taskName: 'Signering', taskType: 'signing' },
    processCurrentTask: 'Signing',
    derivedStatus: 'AwaitingSignature',
    dialogStatus: 'InProgress',
    waitingFor: {
      kind: 'signees',
      people: [
        { userId: 12345, partyId: 512345, name: 'Ola Nordmann' },
        { userId: 1338, partyId: 501338, name: 'Kari Nordmann' },
      ],
      signed: 1,
    },
    progress: null,
  }),
  sample(4, {
    event: 'Festival på kaia',
    location: { ...location, taskId: 'Task_4', taskName: null, taskType: 'feedback' },
    processCurrentTask: 'Feedback',
    derivedStatus: 'AwaitingServiceOwnerFeedback',
    dialogStatus: 'Awaiting',
    waitingFor: { kind: 'serviceOwner', org: 'skjema' },
    progress: null,
  }),
  sample(5, { event: 'Loppemarked', progress: { pages: 4, pagesWithoutErrors: 4, errors: 0 } }),
  sample(6, {
    event: 'Julemarked på torget',
    location: { ...location, taskId: null, taskName: null, taskType: null, ended: true, archived: true },
    processCurrentTask: 'Archived',
    derivedStatus: 'ArchivedUnconfirmed',
    dialogStatus: 'Awaiting',
    waitingFor: { kind: 'nobody' },
    progress: null,
  }),
  sample(7, {
    event: 'Vårløpet',
    location: { ...location, taskId: null, taskName: null, taskType: null, ended: true, archived: true },
    processCurrentTask: 'Archived',
    derivedStatus: 'ArchivedConfirmed',
    dialogStatus: 'Completed',
    waitingFor: { kind: 'nobody' },
    progress: null,
  }),
];

/**
 * A stand-in for `client.listInstances` over the samples: the search matches titles (and marks
 * the hit), views and paging as the preview's inbox route does them. `requests` records each call.
 */
export function sampleLoader(cases: readonly InboxInstance[] = sampleCases, options: { hidden?: number } = {}) {
  const requests: CaseListRequest[] = [];
  const load = async (request: CaseListRequest): Promise<InboxPage> => {
    requests.push(request);
    const view = request.view ?? 'all';
    const query = request.query?.toLowerCase();
    const matching = cases
      .filter((instance) =>
        view === 'active'
          ? !instance.location.archived
          : view === 'archived'
            ? instance.location.archived
            : view === 'deleted'
              ? instance.location.softDeleted
              : !instance.location.softDeleted,
      )
      .filter((instance) => !query || instance.title.toLowerCase().includes(query))
      .map((instance): InboxInstance => {
        if (!query) return instance;
        const at = instance.presentationText.toLowerCase().indexOf(query);
        if (at === -1) return instance;
        const text = instance.presentationText;
        return {
          ...instance,
          match: [
            { text: text.slice(0, at), hit: false },
            { text: text.slice(at, at + query.length), hit: true },
            { text: text.slice(at + query.length), hit: false },
          ].filter((part) => part.text !== ''),
        };
      });
    const pageSize = request.pageSize ?? 20;
    const page = request.page ?? 1;
    return {
      partyId: 501337,
      view,
      query: request.query ?? null,
      page,
      pageSize,
      total: matching.length,
      pageCount: Math.max(1, Math.ceil(matching.length / pageSize)),
      hidden: options.hidden ?? 0,
      instances: matching.slice((page - 1) * pageSize, page * pageSize),
    };
  };
  return { load, requests };
}
