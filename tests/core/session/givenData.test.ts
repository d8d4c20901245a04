import { describe, expect, it } from 'vitest';
import { createPatch } from '../../../src/connected/patch/createPatch.ts';
import type { RawComponent } from '../../../src/core/index.ts';
import { addRow } from '../../../src/core/rows/rows.ts';
import { createFormSession, type WriteRefusal } from '../../../src/core/session/index.ts';
import { formOf } from '../../../stories/support/formOf.ts';
import { eventPermit, fakeClock, recordingSave, settle } from './support.ts';

/*
 * Issue 12, finding 6, through the session's one write gate and its save: data the form was given
 * that does not fit the schema is kept as it was, and a write that would destroy it is refused.
 */

async function setup(initialData: unknown) {
  const layoutSet = await eventPermit();
  const { clock, advance } = fakeClock();
  const { save, calls } = recordingSave();
  const refusals: WriteRefusal[] = [];
  const session = createFormSession({
    layoutSet,
    initialData,
    save,
    clock,
    onWriteRefused: (_request, reason) => refusals.push(reason),
  });
  const saved = () => calls.map((models) => models.find((model) => model.dataType === 'model')?.data);
  const quiet = async () => {
    advance(400);
    await settle();
  };
  return { session, refusals, saved, quiet };
}

describe('the session keeps data that does not fit the schema', () => {
  it('keeps numbers and booleans in text fields through a save and a page change, and lists them', async () => {
    const given = { applicant: { name: 42, type: true }, event: { category: false, attendees: '12' } };
    const { session, saved, quiet } = await setup(structuredClone(given));
    expect(session.dataMismatches()).toEqual([
      {
        dataType: 'model',
        field: 'applicant.name',
        pointer: '/applicant/name',
        expected: 'string',
        found: 'integer 42',
      },
      {
        dataType: 'model',
        field: 'applicant.type',
        pointer: '/applicant/type',
        expected: 'string',
        found: 'boolean true',
      },
      {
        dataType: 'model',
        field: 'event.attendees',
        pointer: '/event/attendees',
        expected: 'integer',
        found: 'string "12"',
      },
      {
        dataType: 'model',
        field: 'event.category',
        pointer: '/event/category',
        expected: 'string',
        found: 'boolean false',
      },
    ]);
    session.write({ node: 'applicant-email', text: 'kari@example.no' });
    await quiet();
    session.navigation.goTo('event');
    await settle();
    const expected = { ...given, applicant: { ...given.applicant, email: 'kari@example.no' } };
    expect(saved()).toEqual([expected]);
    expect(session.read()).toEqual(expected);
  });

  it('refuses a write into event.name while event is a list, says so on the field, and saves the list unchanged', async () => {
    const { session, refusals, saved, quiet } = await setup({ event: ['a', 'b'] });
    expect(session.write({ node: 'event-name', text: 'Bryggejazz' })).toEqual({ ok: false, reason: 'dataConflict' });
    expect(refusals).toEqual(['dataConflict']);
    expect(session.engine.data.text({ dataType: 'model', field: 'event.name' })).toBe('');
    expect(session.validator.allIssuesFor('event-name').filter((issue) => issue.source === 'invalidData')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        source: 'invalidData',
        field: 'event.name',
        params: ['event', 'object', 'array'],
      }),
    ]);

    session.write({ node: 'applicant-name', text: 'Kari' });
    await quiet();
    expect(saved()).toEqual([{ event: ['a', 'b'], applicant: { name: 'Kari' } }]);
    // What connected autosave would send: the user's edit and nothing else.
    expect(createPatch({ event: ['a', 'b'] }, session.read())).toEqual([
      { op: 'add', path: '/applicant', value: { name: 'Kari' } },
    ]);
  });

  it("lets the user's own edit replace a mistyped value, and nothing else", async () => {
    const { session, saved, quiet } = await setup({ applicant: { name: 42 }, event: { name: 7 } });
    session.write({ node: 'applicant-name', text: 'Kari' });
    await quiet();
    expect(saved()).toEqual([{ applicant: { name: 'Kari' }, event: { name: 7 } }]);
  });

  it("takes the backend's model in place of a root that is not an object, without saving it back", async () => {
    const { session, saved, quiet } = await setup(['a', 'b']);
    const conflicts = () => session.validator.allIssues().filter((issue) => issue.key.endsWith('|conflict'));
    expect(conflicts().length).toBeGreaterThan(0);
    session.applyServerModel('model', { applicant: { name: 'Fra registeret' } });
    expect(conflicts()).toEqual([]);
    expect(session.read()).toEqual({ applicant: { name: 'Fra registeret' } });
    expect(session.engine.data.text({ dataType: 'model', field: 'applicant.name' })).toBe('Fra registeret');
    expect(session.write({ node: 'applicant-email', text: 'kari@example.no' })).toEqual({ ok: true });
    await quiet();
    expect(saved()).toEqual([{ applicant: { name: 'Fra registeret', email: 'kari@example.no' } }]);
  });

  it.each([
    ['a list', ['a', 'b']],
    ['null', null],
    ['a string', 'skjema'],
    ['a number', 7],
  ])('keeps a root that is %s: every write is refused and nothing is saved', async (_name, root) => {
    const { session, refusals, saved, quiet } = await setup(root);
    expect(session.dataMismatches()).toEqual([
      expect.objectContaining({ dataType: 'model', field: '', pointer: '', expected: 'object' }),
    ]);
    expect(session.write({ node: 'applicant-name', text: 'Kari' })).toEqual({ ok: false, reason: 'dataConflict' });
    expect(refusals).toEqual(['dataConflict']);
    await quiet();
    session.navigation.goTo('event');
    await settle();
    expect(saved()).toEqual([]);
    expect(session.read()).toEqual(root);
    expect(session.validator.allIssuesFor('applicant-name').filter((issue) => issue.source === 'invalidData')).toEqual([
      expect.objectContaining({ params: ['', 'object', expect.any(String)] }),
    ]);
  });

  it('warns on a repeating group whose rows are stored as something else than a list, and adds no row over it', () => {
    const components: RawComponent[] = [
      { id: 'people', type: 'RepeatingGroup', dataModelBindings: { group: 'people' }, children: ['name'] },
      { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'people.name' } },
    ];
    const session = createFormSession({ layoutSet: formOf(components), initialData: { people: 'Kari og Ola' } });
    expect(session.validator.allIssuesFor('people')).toEqual([
      expect.objectContaining({ severity: 'warning', source: 'invalidData', params: ['people', 'array', 'string'] }),
    ]);
    const binding = session.engine.tree.node('people')!.bindings.group;
    session.write({ node: 'people', edit: (data) => void addRow((dataType) => data.model(dataType), binding) });
    expect(session.read()).toEqual({ people: 'Kari og Ola' });
  });
});
