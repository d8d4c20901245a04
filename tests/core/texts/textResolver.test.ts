import { describe, expect, it } from 'vitest';
import { createTextResolver } from '../../../src/core/texts/textResolver.ts';

describe('createTextResolver', () => {
  const builtin = { 'navigation.next': 'Neste', 'form_filler.error_required': 'Du må fylle ut {0}' };

  it('prefers app texts over built-in ones and falls back to the key itself', () => {
    const texts = createTextResolver('nb', [{ id: 'navigation.next', value: 'Fortsett' }], builtin);
    expect(texts.resolve('navigation.next')).toBe('Fortsett');
    expect(texts.resolve('form_filler.error_required', { params: ['navn'] })).toBe('Du må fylle ut navn');
    expect(texts.resolve('Just some words')).toBe('Just some words');
  });

  it('fills variables from the data model, with row markers, and uses defaults for missing values', () => {
    const data: Record<string, unknown> = { 'person.name': 'Kari', 'rows[2].amount': 40 };
    const texts = createTextResolver(
      'nb',
      [
        {
          id: 'hello',
          value: 'Hei {0}, rad {1}, {2}',
          variables: [
            { key: 'person.name', dataSource: 'dataModel.default' },
            { key: 'rows[{0}].amount', dataSource: 'dataModel.default' },
            { key: 'person.age', dataSource: 'dataModel.default', defaultValue: 'ukjent alder' },
          ],
        },
      ],
      builtin,
      { dataModel: (path) => data[path] },
    );
    expect(texts.resolve('hello', { rowIndices: [2] })).toBe('Hei Kari, rad 40, ukjent alder');
  });

  it('follows a text whose value is another key, and survives a cycle', () => {
    const texts = createTextResolver(
      'nb',
      [
        { id: 'a', value: 'b' },
        { id: 'b', value: 'a' },
        { id: 'c', value: 'navigation.next' },
      ],
      builtin,
    );
    expect(texts.resolve('c')).toBe('Neste');
    expect(['a', 'b']).toContain(texts.resolve('a'));
  });
});

describe('TextResolver.dataReads', () => {
  it('names the data-model values a text reads, through the texts it names and in its row', () => {
    const texts = createTextResolver(
      'nb',
      [
        { id: 'greeting', value: 'hello.text' },
        {
          id: 'hello.text',
          value: 'Hei {0}, {1} ({2})',
          variables: [
            { key: 'person.name', dataSource: 'dataModel.default' },
            { key: 'rows[{0}].amount', dataSource: 'dataModel.other' },
            { key: 'appName', dataSource: 'applicationSettings' },
          ],
        },
      ],
      {},
      { dataModel: () => undefined },
    );
    expect(texts.dataReads('greeting', { rowIndices: [2] })).toEqual([
      { dataType: undefined, path: 'person.name' },
      { dataType: 'other', path: 'rows[2].amount' },
    ]);
    expect(texts.dataReads('navigation.next')).toEqual([]);
  });
});
