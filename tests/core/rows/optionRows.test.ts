import { describe, expect, it } from 'vitest';
import { FormData } from '../../../src/core/data/formData.ts';
import { chooseRow, chosenRows, rowChoiceOf, unchooseRow } from '../../../src/core/rows/index.ts';

const schema = {
  type: 'object',
  properties: {
    foods: {
      type: 'array',
      items: {
        type: 'object',
        properties: { altinnRowId: { type: 'string' }, code: { type: 'integer' }, on: { type: 'boolean' } },
      },
    },
  },
};
const bindings = {
  group: { dataType: 'model', field: 'foods' },
  simpleBinding: { dataType: 'model', field: 'foods.code' },
  checked: { dataType: 'model', field: 'foods.on' },
};

function setup(foods: unknown[] = []) {
  const data = new FormData('model', { model: { foods } }, { model: schema });
  const choice = rowChoiceOf(bindings, ['simpleBinding'])!;
  return { data, choice };
}

describe('option rows (group + checked)', () => {
  it('reads the row fields relative to the group, also in a transposed row', () => {
    expect(rowChoiceOf(bindings)).toEqual({
      group: bindings.group,
      fields: { simpleBinding: 'code' },
      checked: 'on',
    });
    const nested = rowChoiceOf({
      group: { dataType: 'model', field: 'outer[1].foods' },
      simpleBinding: { dataType: 'model', field: 'outer[1].foods.code' },
    });
    expect(nested?.fields).toEqual({ simpleBinding: 'code' });
    expect(rowChoiceOf({ simpleBinding: bindings.simpleBinding })).toBeUndefined();
  });

  it('appends a typed row with an id and checked=true, and re-checks a soft-deleted row', () => {
    const { data, choice } = setup([{ altinnRowId: 'a', code: 1, on: false }]);
    chooseRow(data, choice, { simpleBinding: '2' }, { newId: () => 'b' });
    chooseRow(data, choice, { simpleBinding: '1' });
    expect(data.get(choice.group)).toEqual([
      { altinnRowId: 'a', code: 1, on: true },
      { altinnRowId: 'b', code: 2, on: true },
    ]);
    expect(chosenRows(data.get(choice.group), choice)).toEqual([{ simpleBinding: '1' }, { simpleBinding: '2' }]);
  });

  it('unchecks softly or removes the row', () => {
    const { data, choice } = setup([
      { altinnRowId: 'a', code: 1, on: true },
      { altinnRowId: 'b', code: 2, on: true },
    ]);
    unchooseRow(data, choice, { simpleBinding: '1' }, 'soft');
    expect(data.get(choice.group)).toEqual([
      { altinnRowId: 'a', code: 1, on: false },
      { altinnRowId: 'b', code: 2, on: true },
    ]);
    unchooseRow(data, choice, { simpleBinding: '2' }, 'hard');
    expect(data.get(choice.group)).toEqual([{ altinnRowId: 'a', code: 1, on: false }]);
  });

  it('removes rows without altinnRowId by position, and soft falls back to hard without checked', () => {
    const data = new FormData(
      'model',
      { model: { foods: [{ code: 1 }, { code: 2 }, { code: 1 }] } },
      { model: schema },
    );
    const choice = rowChoiceOf({ group: bindings.group, simpleBinding: bindings.simpleBinding })!;
    unchooseRow(data, choice, { simpleBinding: '1' }, 'soft');
    expect(data.get(choice.group)).toEqual([{ code: 2 }]);
  });
});
