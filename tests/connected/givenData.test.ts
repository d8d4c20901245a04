import { describe, expect, it } from 'vitest';
import { memoryPendingEditsStore } from '../../src/connected/index.ts';
import { SaveQueue } from '../../src/connected/save/saveQueue.ts';
import { createFormSession } from '../../src/core/session/index.ts';
import { eventPermit, fakeClock } from '../core/session/support.ts';
import { manualClock, scriptedServer, settle } from './support.ts';

/*
 * Issue 12, finding 6, through connected autosave: the JSON Patch carries the user's edits only,
 * so data the instance holds that does not fit the schema stays on the server as it was, and the
 * server's answer merged back into the form does not bring back a refused edit.
 */
describe('connected autosave and data that does not fit the schema', () => {
  it('patches only what the user changed, and keeps the list where an object belongs', async () => {
    const given = { event: ['a', 'b'], applicant: { name: 42, type: true } };
    const server = scriptedServer({ el: given });
    server.calculate = (_id, model) => void (model.calculated = 'yes');
    const { clock: sessionClock, advance } = fakeClock();
    const session = createFormSession({
      layoutSet: await eventPermit(),
      initialData: structuredClone(given),
      clock: sessionClock,
      save: (models) => queue.save(models),
    });
    const queue = new SaveQueue({
      instanceId: '1/x',
      client: server,
      language: () => 'nb',
      store: memoryPendingEditsStore(),
      clock: manualClock(),
      maxRebases: 3,
      port: () => session,
      onStatus: () => undefined,
      onSaved: () => undefined,
      onFailed: () => undefined,
    });
    queue.track({ dataType: 'model', dataElementId: 'el', lastSaved: given, desired: given, locked: false });

    expect(session.write({ node: 'event-name', text: 'Bryggejazz' })).toEqual({ ok: false, reason: 'dataConflict' });
    session.write({ node: 'applicant-email', text: 'kari@example.no' });
    advance(400);
    await settle();
    await session.flush();

    expect(server.requests.map((request) => request.patches[0].patch)).toEqual([
      [{ op: 'add', path: '/applicant/email', value: 'kari@example.no' }],
    ]);
    const expected = { event: ['a', 'b'], applicant: { name: 42, type: true, email: 'kari@example.no' } };
    expect(server.models.get('el')).toEqual({ ...expected, calculated: 'yes' });
    expect(session.read()).toEqual({ ...expected, calculated: 'yes' });
  });
});
