import { describe, expect, it } from 'vitest';
import { createFormSession } from '../../../src/core/session/index.ts';
import { eventPermit, recordingSave, settle } from './support.ts';

const SHOW_ALL = { page: 'current', show: ['All'] } as const;

describe('a form session driven without a DOM (examples/event-permit)', () => {
  it('fills the whole form as the user, is stopped by a required field, then navigates and submits', async () => {
    const submits: Record<string, unknown>[] = [];
    const { save, calls } = recordingSave();
    const session = createFormSession({
      layoutSet: await eventPermit(),
      save,
      onSubmit: (data) => submits.push(data),
    });
    const { navigation } = session;
    expect(navigation.pages()).toEqual(['applicant', 'event', 'conditions', 'summary']);
    expect(navigation.current()).toBe('applicant');

    session.write({ node: 'applicant-type', text: 'person' });
    session.write({ node: 'applicant-name', text: 'Kari Nordmann' });
    session.write({ node: 'applicant-email', text: 'kari@example.no' });
    const blocked = navigation.next(SHOW_ALL);
    expect(blocked.moved).toBe(false);
    expect(blocked.blocking.map((issue) => issue.nodeId)).toEqual(['applicant-phone']);
    expect(navigation.current()).toBe('applicant');

    session.write({ node: 'applicant-phone', text: '91234567' });
    expect(navigation.next(SHOW_ALL)).toEqual({ moved: true, blocking: [] });
    expect(navigation.current()).toBe('event');
    // Leaving the page saved what was typed on it, at once.
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0][0].data.applicant).toEqual({
      type: 'person',
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      phone: '91234567',
    });

    session.write({ node: 'event-name', text: 'Bryggejazz' });
    session.write({ node: 'event-category', text: 'concert' });
    session.write({ node: 'event-attendees', text: '300' });
    expect(navigation.next(SHOW_ALL).moved).toBe(true);
    // Going back is not checked against the page the user leaves.
    expect(navigation.previous().moved).toBe(true);
    expect(navigation.current()).toBe('event');
    expect(navigation.next(SHOW_ALL).moved).toBe(true);
    expect(navigation.next(SHOW_ALL).blocking.map((issue) => issue.nodeId)).toEqual(['conditions-accept']);
    session.write({ node: 'conditions-accept', text: 'true' });
    expect(navigation.next(SHOW_ALL).moved).toBe(true);
    expect(navigation.current()).toBe('summary');

    const attempt = session.submit();
    expect(attempt.ok).toBe(true);
    const submitted = await attempt.submitted;
    expect(submitted?.data).toEqual({
      applicant: { type: 'person', name: 'Kari Nordmann', email: 'kari@example.no', phone: '91234567' },
      event: { name: 'Bryggejazz', category: 'concert', attendees: 300 },
      conditions: { accepted: 'true' },
    });
    expect(submits).toEqual([submitted?.data]);
    // The typed number was stored as the schema's integer, and the last page's change was saved before submit.
    expect(calls.at(-1)?.[0].data.conditions).toEqual({ accepted: 'true' });
    expect(session.writeStats()).toEqual({ written: { user: 8, server: 0, prefill: 0 }, refused: 0 });
  });

  it('does not submit while a required field is empty, and submits nothing unsaved when the save fails', async () => {
    const submits: unknown[] = [];
    const { save, calls, control } = recordingSave();
    const errors: unknown[] = [];
    const session = createFormSession({
      layoutSet: await eventPermit(),
      save,
      onSaveError: (error) => errors.push(error),
      onSubmit: (data) => submits.push(data),
    });
    const blocked = session.submit();
    expect(blocked.ok).toBe(false);
    expect(blocked.blocking.map((issue) => issue.nodeId)).toContain('event-name');
    expect(await blocked.submitted).toBeUndefined();
    expect(calls).toHaveLength(0);

    for (const [node, text] of [
      ['applicant-type', 'organisation'],
      ['applicant-name', 'Jazzklubben'],
      ['applicant-org-number', '123456789'],
      ['applicant-email', 'post@jazz.no'],
      ['applicant-phone', '22334455'],
      ['event-name', 'Bryggejazz'],
      ['event-category', 'concert'],
      ['conditions-accept', 'true'],
    ]) {
      expect(session.write({ node, text })).toEqual({ ok: true });
    }
    control.failing = true;
    const failed = session.submit();
    expect(failed.ok).toBe(true);
    expect(await failed.submitted).toBeUndefined();
    expect(submits).toEqual([]);
    expect(errors).toHaveLength(1);

    control.failing = false;
    const retried = await session.submit().submitted;
    expect(retried?.data.applicant).toMatchObject({ type: 'organisation', orgNumber: '123456789' });
    expect(submits).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it('follows a requested page that is hidden once it becomes visible, and falls back meanwhile', async () => {
    const layoutSet = await eventPermit();
    const conditions = layoutSet.layouts.conditions as { data: Record<string, unknown> };
    conditions.data.hidden = ['notEquals', ['dataModel', 'applicant.type'], 'organisation'];
    const session = createFormSession({ layoutSet, page: 'conditions' });
    const { navigation } = session;
    const heard: (string | undefined)[] = [];
    navigation.subscribe(() => heard.push(navigation.current()));
    expect(navigation.pages()).toEqual(['applicant', 'event', 'summary']);
    expect(navigation.current()).toBe('applicant');

    session.write({ node: 'applicant-name', text: 'Kari' });
    expect(heard).toEqual([]);
    session.write({ node: 'applicant-type', text: 'organisation' });
    expect(navigation.current()).toBe('conditions');
    expect(heard).toEqual(['conditions']);
    // Handed on as handlers, as a button takes them.
    const { goTo } = navigation;
    expect(goTo('nowhere')).toBe(false);
    expect(navigation.current()).toBe('applicant');
  });

  it('checks the attachment count reported for an upload on a page it has not shown', async () => {
    const layoutSet = await eventPermit();
    const event = layoutSet.layouts.event as { data: { layout: Record<string, unknown>[] } };
    event.data.layout.push({
      id: 'event-map',
      type: 'FileUpload',
      minNumberOfAttachments: 1,
      maxNumberOfAttachments: 2,
    });
    const session = createFormSession({ layoutSet });
    const errorsOnMap = () => session.validator.allIssuesFor('event-map').filter((issue) => issue.severity === 'error');
    expect(errorsOnMap()).not.toEqual([]);
    session.reportAttachments('event-map', 1);
    expect(errorsOnMap()).toEqual([]);
  });
});
