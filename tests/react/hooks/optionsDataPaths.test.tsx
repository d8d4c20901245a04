import { describe, expect, it } from 'vitest';
import { createTextResolver } from '../../../src/core/texts/textResolver.ts';
import { optionsDataPaths } from '../../../src/react/hooks/optionsDataPaths.ts';

const texts = createTextResolver(
  'nb',
  [
    { id: 'pet.label', value: '{0}', variables: [{ key: 'pets[{0}].name', dataSource: 'dataModel.default' }] },
    { id: 'owner.label', value: '{0}', variables: [{ key: 'owner.name', dataSource: 'dataModel.default' }] },
    { id: 'plain.label', value: 'Dyr' },
  ],
  {},
);
const source = (label: unknown) => ({ group: 'pets', value: 'pets[{0}].id', label });

describe('the data an options list follows', () => {
  it('is none for a filter on the option alone', () => {
    expect(optionsDataPaths({ optionFilter: ['notEquals', ['value'], 'se'] }, texts, 'model')).toEqual({
      kind: 'none',
    });
  });

  it('is all of it for a filter that reads the data', () => {
    expect(
      optionsDataPaths({ optionFilter: ['notEquals', ['value'], ['dataModel', 'exclude']] }, texts, 'model'),
    ).toEqual({ kind: 'all' });
  });

  it('is the source group when the labels read inside its rows', () => {
    for (const label of ['plain.label', 'pet.label'])
      expect(optionsDataPaths({ source: source(label) }, texts, 'model')).toEqual({
        kind: 'group',
        dataType: 'model',
        path: 'pets',
      });
  });

  it('is all of it when a label reads outside the group', () => {
    expect(optionsDataPaths({ source: source('owner.label') }, texts, 'model')).toEqual({ kind: 'all' });
    expect(optionsDataPaths({ source: source(['dataModel', 'owner.name']) }, texts, 'model')).toEqual({ kind: 'all' });
  });
});
