import { describe, expect, it } from 'vitest';
import { createFormSession, type FormSessionOptions, type WriteRefusal } from '../../../src/core/session/index.ts';
import { eventPermit, fakeClock, patchComponent, recordingSave, settle } from './support.ts';

async function setup(
  options: Partial<FormSessionOptions> = {},
  patch?: (layoutSet: FormSessionOptions['layoutSet']) => void,
) {
  const layoutSet = await eventPermit();
  patch?.(layoutSet);
  const { clock, advance, pendingTimers } = fakeClock();
  const { save, calls } = recordingSave();
  const refusals: WriteRefusal[] = [];
  const session = createFormSession({
    layoutSet,
    save,
    clock,
    onWriteRefused: (_request, reason) => refusals.push(reason),
    ...options,
  });
  return { session, advance, pendingTimers, calls, refusals };
}

describe('the session write gate', () => {
  it('shows a server write but never schedules a save of it', async () => {
    const { session, advance, pendingTimers, calls } = await setup();
    const heard: string[] = [];
    session.engine.data.model().subscribe((path) => heard.push(path));

    session.write({ node: 'applicant-name', text: 'Fra registeret', origin: 'server' });
    session.applyServerModel('model', { applicant: { name: 'Fra registeret', email: 'kari@example.no' } });
    expect(session.read().applicant).toEqual({ name: 'Fra registeret', email: 'kari@example.no' });
    // Only what changed is announced, so fields the server left alone do not re-render.
    expect(heard).toEqual(['applicant.name', 'applicant.email']);
    expect(pendingTimers()).toBe(0);
    advance(5000);
    await settle();
    expect(calls).toHaveLength(0);
    expect(session.saveScheduler?.pending).toBe(false);

    session.write({ node: 'applicant-phone', text: '91234567' });
    advance(400);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0][0].data.applicant).toEqual({ name: 'Fra registeret', email: 'kari@example.no', phone: '91234567' });
    expect(session.writeStats().written).toEqual({ user: 1, server: 2, prefill: 0 });
  });

  it('keeps a pending user change when the server replaces the model meanwhile', async () => {
    const { session, advance, calls } = await setup();
    session.write({ node: 'event-name', text: 'Bryggejazz' });
    session.applyServerModel('model', { event: { name: 'Bryggejazz' }, applicant: { name: 'Beregnet' } });
    advance(400);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0][0].data).toEqual({ event: { name: 'Bryggejazz' }, applicant: { name: 'Beregnet' } });
  });

  it('refuses a user write to a node whose readOnly expression holds, without throwing', async () => {
    const { session, refusals, calls, advance } = await setup({}, (layoutSet) =>
      patchComponent(layoutSet, 'applicant-email', {
        readOnly: ['equals', ['dataModel', 'applicant.type'], 'organisation'],
      }),
    );
    const email = () => session.engine.tree.node('applicant-email')!;
    expect(session.write({ node: 'applicant-email', text: 'kari@example.no' })).toEqual({ ok: true });
    session.write({ node: 'applicant-type', text: 'organisation' });
    expect(session.isReadOnly(email())).toBe(true);
    expect(session.write({ node: 'applicant-email', text: 'other@example.no' })).toEqual({
      ok: false,
      reason: 'readOnly',
    });
    expect(session.read().applicant).toEqual({ type: 'organisation', email: 'kari@example.no' });
    expect(refusals).toEqual(['readOnly']);
    expect(session.writeStats().refused).toBe(1);
    // The backend may still fill it.
    expect(session.write({ node: email(), text: 'fra@server.no', origin: 'server' })).toEqual({ ok: true });
    advance(400);
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('makes every node read-only and refuses every write without write permission, until it is given', async () => {
    const { session, refusals } = await setup({ permissions: { write: false } });
    const name = session.engine.tree.node('applicant-name')!;
    let told = 0;
    session.subscribeAccess(() => told++);
    expect(session.isReadOnly(name)).toBe(true);
    expect(session.write({ node: name, text: 'Kari' }).ok).toBe(false);
    expect(session.write({ binding: { dataType: 'model', field: 'event.name' }, text: 'x' }).ok).toBe(false);
    expect(session.write({ node: name, edit: (data) => data.setText(name.bindings.simpleBinding, 'Kari') }).ok).toBe(
      false,
    );
    expect(session.write({ node: name, text: 'Kari', origin: 'prefill' }).ok).toBe(false);
    expect(refusals).toEqual(['readOnly', 'readOnly', 'readOnly', 'readOnly']);
    expect(session.read()).toEqual({});

    // Writing what a field already shows changes nothing, so it is not a refusal either.
    expect(session.write({ node: name, text: '' })).toEqual({ ok: true });
    expect(session.writeStats().refused).toBe(4);

    const before = session.accessVersion();
    session.setPermissions({ write: true });
    expect(told).toBe(1);
    expect(session.accessVersion()).not.toBe(before);
    expect(session.isReadOnly(name)).toBe(false);
    expect(session.write({ node: name, text: 'Kari' }).ok).toBe(true);
  });

  it('refuses writes to a locked data type', async () => {
    const { session } = await setup({ lockedDataTypes: ['model'] });
    expect(session.isReadOnly(session.engine.tree.node('event-name')!)).toBe(true);
    expect(session.write({ node: 'event-name', text: 'Bryggejazz' })).toEqual({ ok: false, reason: 'readOnly' });
    session.setLockedDataTypes([]);
    expect(session.write({ node: 'event-name', text: 'Bryggejazz' })).toEqual({ ok: true });
  });

  it('names what is wrong with a write that cannot be made', async () => {
    const { session, refusals } = await setup();
    expect(session.write({ node: 'no-such-node', text: 'x' })).toEqual({ ok: false, reason: 'unknownNode' });
    expect(session.write({ node: 'event-header', text: 'x' })).toEqual({ ok: false, reason: 'noBinding' });
    expect(session.write({ node: 'event-name' })).toEqual({ ok: false, reason: 'nothingToWrite' });
    expect(refusals).toEqual(['unknownNode', 'noBinding', 'nothingToWrite']);
  });

  it('prefills empty fields only, also read-only ones, and saves what it filled', async () => {
    const { session, advance, calls } = await setup({}, (layoutSet) =>
      patchComponent(layoutSet, 'applicant-name', { readOnly: true }),
    );
    session.write({ node: 'applicant-email', text: 'typed@example.no' });
    expect(session.write({ node: 'applicant-email', text: 'profile@example.no', origin: 'prefill' })).toEqual({
      ok: true,
    });
    expect(session.write({ node: 'applicant-name', text: 'Kari Nordmann', origin: 'prefill' })).toEqual({ ok: true });
    expect(session.write({ node: 'applicant-name', text: 'Someone else' })).toEqual({ ok: false, reason: 'readOnly' });
    expect(session.read().applicant).toEqual({ email: 'typed@example.no', name: 'Kari Nordmann' });
    advance(400);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0][0].data.applicant).toEqual({ email: 'typed@example.no', name: 'Kari Nordmann' });
  });

  it("waits a field's saveWhileTyping after each keystroke, and for the field to be left when it is false", async () => {
    const { session, advance, calls } = await setup({}, (layoutSet) => {
      patchComponent(layoutSet, 'event-description', { saveWhileTyping: 1000 });
      patchComponent(layoutSet, 'event-name', { saveWhileTyping: false });
    });
    session.write({ node: 'event-description', text: 'K' });
    advance(600);
    session.write({ node: 'event-description', text: 'Konsert' });
    advance(999);
    await settle();
    expect(calls).toHaveLength(0);
    advance(1);
    await settle();
    expect(calls).toHaveLength(1);

    session.write({ node: 'event-name', text: 'Bryggejazz' });
    advance(10_000);
    await settle();
    expect(calls).toHaveLength(1);
    session.fieldLeft();
    await settle();
    expect(calls).toHaveLength(2);

    // An explicit delay wins over the node's.
    session.write({ node: 'event-name', text: 'Bryggejazz 2', delay: 50 });
    advance(50);
    await settle();
    expect(calls).toHaveLength(3);
  });

  it('saves row edits made through the gate with the default delay', async () => {
    const { session, advance, calls } = await setup();
    const result = session.write({
      edit: (data) => data.model().set('event.services', 'foodSale'),
    });
    expect(result).toEqual({ ok: true });
    advance(399);
    await settle();
    expect(calls).toHaveLength(0);
    advance(1);
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('with autoSaveBehavior onChangePage, saves only when the page changes', async () => {
    const { session, advance, calls } = await setup({}, (layoutSet) => {
      layoutSet.settings = {
        ...layoutSet.settings,
        pages: { ...(layoutSet.settings.pages as object), autoSaveBehavior: 'onChangePage' },
      };
    });
    for (const [node, text] of [
      ['applicant-type', 'person'],
      ['applicant-name', 'Kari'],
      ['applicant-email', 'kari@example.no'],
      ['applicant-phone', '91234567'],
    ]) {
      session.write({ node, text });
    }
    advance(10_000);
    session.fieldLeft();
    await settle();
    expect(calls).toHaveLength(0);
    expect(session.navigation.next().moved).toBe(true);
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('saves a data model first written after the session started', async () => {
    const { session, advance, calls } = await setup();
    expect(session.write({ binding: { dataType: 'notes', field: 'text' }, text: 'Husk telt' })).toEqual({ ok: true });
    advance(400);
    await settle();
    expect(calls).toEqual([[{ dataType: 'notes', data: { text: 'Husk telt' } }]]);
  });

  it('schedules nothing without a save, and a session can be driven all the same', async () => {
    const { session } = await setup({ save: undefined });
    expect(session.saveScheduler).toBeNull();
    expect(session.write({ node: 'event-name', text: 'x' }).ok).toBe(true);
    expect(await session.flush()).toBe(true);
  });
});
