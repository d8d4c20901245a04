import { describe, expect, it } from 'vitest';
import { createInMemorySubformEntries } from '../../../src/core/services/inMemorySubformEntries.ts';

describe('in-memory subform entries', () => {
  it('lists the main form its own entries and an entry only those it holds', async () => {
    const entries = createInMemorySubformEntries({
      subformEntries: { stand: [{ id: 's1', data: { name: 'Kaffe' } }] },
      nestedSubformEntries: { s1: { stand: [{ id: 'inner', data: {} }] } },
    });
    expect((await entries.listSubformEntries('stand')).map((e) => e.id)).toEqual(['s1']);
    expect((await entries.listSubformEntries('stand', { parentEntryId: 's1' })).map((e) => e.id)).toEqual(['inner']);
    const added = await entries.addSubformEntry('stand', { parentEntryId: 's1' });
    expect((await entries.listSubformEntries('stand', { parentEntryId: 's1' })).map((e) => e.id)).toEqual([
      'inner',
      added.id,
    ]);
    expect((await entries.listSubformEntries('stand')).map((e) => e.id)).toEqual(['s1']);
  });

  it('keeps a copy of saved data, so later changes by the caller are not stored', async () => {
    const entries = createInMemorySubformEntries();
    const { id } = await entries.addSubformEntry('stand');
    const data = { name: 'Vafler', items: ['a'] };
    await entries.saveSubformEntry('stand', id, data);
    data.items.push('b');
    expect((await entries.listSubformEntries('stand'))[0].data).toEqual({ name: 'Vafler', items: ['a'] });
    await expect(entries.saveSubformEntry('stand', 'missing', {})).rejects.toThrow('No subform entry missing in stand');
    await entries.deleteSubformEntry('stand', id);
    expect(await entries.listSubformEntries('stand')).toEqual([]);
  });
});
