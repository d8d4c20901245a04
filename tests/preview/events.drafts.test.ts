import { describe, expect, it } from 'vitest';
import { instanceEventDrafts } from '../../src/preview/events/instanceEvents.ts';
import type { StoredInstance } from '../../src/preview/storage/store.ts';

const instance = {
  id: '501337/5d9e906b-0a7c-4c1e-bf62-3f1c2d9e8a10',
  appId: 'skjema/app',
  instanceOwner: { partyId: '501337', personNumber: '01039012345', organisationNumber: null },
  status: { substatus: null, isSoftDeleted: false },
} as unknown as StoredInstance;

function withSubstatus(label: string): StoredInstance {
  return { ...instance, status: { ...instance.status!, substatus: { label, description: null } } };
}

describe('events: what a write to an instance tells', () => {
  it('tells a substatus change, and nothing for a write that changed nothing that matters', () => {
    const changed = withSubstatus('waiting');
    const commit = { processEvents: [], savedElements: [], removedElements: [] };
    expect(instanceEventDrafts({ ...commit, before: instance, after: changed }).map((draft) => draft.type)).toEqual([
      'app.instance.substatus.changed',
    ]);
    expect(instanceEventDrafts({ ...commit, before: instance, after: instance })).toEqual([]);
  });
});
