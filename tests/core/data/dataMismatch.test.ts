import { describe, expect, it } from 'vitest';
import { findDataMismatches, fitsSchemaAt } from '../../../src/core/data/dataMismatch.ts';
import { DataModelStore } from '../../../src/core/data/store.ts';

const schema = {
  type: 'object',
  properties: {
    event: { $ref: '#/$defs/Event' },
    rows: { type: 'array', items: { type: 'object', properties: { price: { type: 'number' } } } },
    choice: { anyOf: [{ type: 'string', enum: ['yes', 'no'] }, { type: 'null' }] },
  },
  $defs: {
    Event: {
      type: 'object',
      properties: { attendees: { type: 'integer' }, name: { type: 'string' }, free: { type: ['boolean', 'null'] } },
    },
  },
};

describe('findDataMismatches', () => {
  it('finds each value whose type or enum value does not fit, with its path, pointer, expectation and finding', () => {
    const data = {
      event: { attendees: 1.5, name: ['x'], free: 'yes' },
      rows: [{ price: 3 }, { price: '3' }, 'row'],
      choice: 'maybe',
      unknown: { anything: true },
    };
    expect(findDataMismatches('model', schema, data)).toEqual([
      {
        dataType: 'model',
        field: 'choice',
        pointer: '/choice',
        expected: 'one of "yes", "no"',
        found: 'string "maybe"',
      },
      {
        dataType: 'model',
        field: 'event.attendees',
        pointer: '/event/attendees',
        expected: 'integer',
        found: 'number 1.5',
      },
      {
        dataType: 'model',
        field: 'event.free',
        pointer: '/event/free',
        expected: 'boolean or null',
        found: 'string "yes"',
      },
      { dataType: 'model', field: 'event.name', pointer: '/event/name', expected: 'string', found: 'array' },
      { dataType: 'model', field: 'rows[1].price', pointer: '/rows/1/price', expected: 'number', found: 'string "3"' },
      { dataType: 'model', field: 'rows[2]', pointer: '/rows/2', expected: 'object', found: 'string "row"' },
    ]);
  });

  it('finds nothing in data that fits, and takes null below the root for no value', () => {
    const data = { event: { attendees: 3, name: null, free: null }, rows: [], choice: null };
    expect(findDataMismatches('model', schema, data)).toEqual([]);
  });

  it('wants an object at the root, with or without a schema', () => {
    for (const root of [[1], null, 'x', 3]) {
      expect(findDataMismatches('model', undefined, root)).toEqual([
        expect.objectContaining({ field: '', pointer: '', expected: 'object' }),
      ]);
    }
  });

  it('walks data nested deeper than the call stack could without a stack overflow', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let level = 0; level < 50_000; level++) at = at.next = {};
    const recursive = {
      $ref: '#/$defs/Node',
      $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } } } },
    };
    at.next = 'leaf';
    const [found] = findDataMismatches('model', recursive, deep);
    expect(found.expected).toBe('object');
    expect(found.pointer.split('/next')).toHaveLength(50_002);
  });

  it('says whether one value fits the schema at its path', () => {
    expect(fitsSchemaAt(schema, 'choice', 'yes')).toBe(true);
    expect(fitsSchemaAt(schema, 'choice', true)).toBe(false);
    expect(fitsSchemaAt(schema, 'event.name', 42)).toBe(false);
    expect(fitsSchemaAt(schema, 'not.described', 42)).toBe(true);
  });
});

describe('DataModelStore and data of another shape', () => {
  it('refuses a write through a list, text or number where the path needs an object, and says where', () => {
    const store = new DataModelStore({ event: ['a', 'b'], note: 'text', rows: { 0: 'x' } });
    const heard: string[] = [];
    store.subscribe((path) => heard.push(path));
    store.set('event.name', 'Bryggejazz');
    store.set('note.length', 3);
    store.set('rows[0].price', 3);
    expect(store.snapshot()).toEqual({ event: ['a', 'b'], note: 'text', rows: { 0: 'x' } });
    expect(heard).toEqual([]);
    expect(store.conflictAt('event.name')).toEqual({ field: 'event', expected: 'object', found: 'array' });
    expect(store.conflictAt('rows[0].price')).toEqual({ field: 'rows', expected: 'array', found: 'object' });
  });

  it('creates objects and lists where nothing or null is stored, and replaces the value at the path itself', () => {
    const store = new DataModelStore({ event: null, count: 42 });
    store.set('event.name', 'Bryggejazz');
    store.set('rows[0].price', 3);
    store.set('count', '43');
    expect(store.snapshot()).toEqual({ event: { name: 'Bryggejazz' }, rows: [{ price: 3 }], count: '43' });
  });

  it('keeps a root that is not an object and refuses every write to it', () => {
    for (const root of [['a'], null, 'x']) {
      const store = new DataModelStore(root);
      store.set('name', 'Kari');
      expect(store.snapshot()).toEqual(root);
      expect(store.conflictAt('name')).toEqual(expect.objectContaining({ field: '', expected: 'object' }));
    }
  });
});
