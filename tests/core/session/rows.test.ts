import { describe, expect, it } from 'vitest';
import { addRow } from '../../../src/core/rows/index.ts';
import { createFormSession } from '../../../src/core/session/index.ts';
import { formOf } from '../../../stories/support/formOf.ts';

const layoutSet = () =>
  formOf([
    { id: 'guests', type: 'RepeatingGroup', dataModelBindings: { group: 'guests' }, children: ['guest-name'] },
    {
      id: 'guest-name',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'guests.name' },
      // The row's own `vip` flag decides, so the same component is read-only in one row only.
      readOnly: ['equals', ['dataModel', 'guests.vip'], true],
    },
  ]);

describe('session writes in repeating-group rows', () => {
  it('adds rows through the gate and writes each row by its indexed node, read-only per row', () => {
    let ids = 0;
    const session = createFormSession({ layoutSet: layoutSet(), initialData: { guests: [] } });
    const newRow = () =>
      session.write({
        node: 'guests',
        edit: (data) =>
          void addRow(
            (dataType) => data.model(dataType),
            { dataType: 'model', field: 'guests' },
            () => `r${++ids}`,
          ),
      });
    expect(newRow()).toEqual({ ok: true });
    expect(newRow()).toEqual({ ok: true });
    expect(session.write({ node: 'guest-name-0', text: 'Kari' })).toEqual({ ok: true });
    expect(session.write({ node: 'guest-name-1', text: 'Ola' })).toEqual({ ok: true });
    session.write({ binding: { dataType: 'model', field: 'guests[1].vip' }, value: true, origin: 'server' });

    expect(session.isReadOnly(session.engine.tree.node('guest-name-0')!)).toBe(false);
    expect(session.isReadOnly(session.engine.tree.node('guest-name-1')!)).toBe(true);
    expect(session.write({ node: 'guest-name-1', text: 'Per' })).toEqual({ ok: false, reason: 'readOnly' });
    expect(session.read().guests).toEqual([
      { altinnRowId: 'r1', name: 'Kari' },
      { altinnRowId: 'r2', name: 'Ola', vip: true },
    ]);
  });
});
