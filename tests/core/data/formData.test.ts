import { describe, expect, it } from 'vitest';
import { FormData } from '../../../src/core/data/formData.ts';
import { DataModelStore } from '../../../src/core/data/store.ts';

const schema = {
  type: 'object',
  properties: {
    event: { $ref: '#/$defs/Event' },
    rows: { type: 'array', items: { type: 'object', properties: { price: { type: 'number' } } } },
  },
  $defs: {
    Event: {
      type: 'object',
      properties: { attendees: { type: 'integer' }, name: { type: 'string' }, free: { type: 'boolean' } },
    },
  },
};

describe('FormData', () => {
  it('converts typed text to the schema type, following $ref and array items', () => {
    const data = new FormData('model', {}, { model: schema });
    data.setText({ dataType: 'model', field: 'event.attendees' }, '1 200');
    data.setText({ dataType: 'model', field: 'event.free' }, 'true');
    data.setText({ dataType: 'model', field: 'rows[1].price' }, '12,5');
    data.setText({ dataType: 'model', field: 'event.name' }, '17');
    expect(data.snapshot().model).toEqual({
      event: { attendees: 1200, free: true, name: '17' },
      rows: [undefined, { price: 12.5 }],
    });
  });

  it('keeps text that does not fit the schema type instead of dropping it', () => {
    const data = new FormData('model', { model: { event: { attendees: 5 } } }, { model: schema });
    const binding = { dataType: 'model', field: 'event.attendees' };
    data.setText(binding, 'abc');
    expect(data.get(binding)).toBeUndefined();
    expect(data.text(binding)).toBe('abc');
    expect(data.isInvalid(binding)).toBe(true);
    data.setText(binding, '7');
    expect(data.get(binding)).toBe(7);
    expect(data.isInvalid(binding)).toBe(false);
  });

  it('deletes the key when a field is emptied', () => {
    const data = new FormData('model', { model: { event: { name: 'x' } } });
    data.setText({ dataType: 'model', field: 'event.name' }, '');
    expect(data.snapshot().model).toEqual({ event: {} });
  });
});

describe('DataModelStore', () => {
  it('shares structure: unchanged branches keep their identity, and listeners hear the written path', () => {
    const store = new DataModelStore({ a: { x: 1 }, b: { y: 2 } });
    const before = store.snapshot();
    const heard: string[] = [];
    store.subscribe((path) => heard.push(path));
    store.set('a.x', 3);
    expect(store.snapshot()).not.toBe(before);
    expect(store.snapshot().b).toBe(before.b);
    expect(before).toEqual({ a: { x: 1 }, b: { y: 2 } });
    store.set('a.x', 3);
    expect(heard).toEqual(['a.x']);
  });
});
