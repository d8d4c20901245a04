import { describe, expect, it } from 'vitest';
import { formOf } from './helpers.ts';

describe('display values in the object-list mode (group + checked)', () => {
  it('lists the labels of the checked rows of Checkboxes and MultipleSelect', () => {
    const { tree } = formOf(
      {
        p: [
          {
            id: 'foods',
            type: 'Checkboxes',
            dataModelBindings: { group: 'Foods', simpleBinding: 'Foods.Code', checked: 'Foods.On' },
            options: [
              { value: 'a', label: 'Apple' },
              { value: 'b', label: 'Bread' },
              { value: 'c', label: 'Cheese' },
            ],
          },
        ],
      },
      {
        Foods: [
          { altinnRowId: 'r1', Code: 'c', On: true },
          { altinnRowId: 'r2', Code: 'a', On: false },
          { altinnRowId: 'r3', Code: 'b', On: true },
        ],
      },
    );
    expect(tree.node('foods')?.displayValueParts()).toEqual(['Cheese', 'Bread']);
    expect(tree.node('foods')?.displayValue()).toBe('Cheese, Bread');
  });

  it('shows each chosen List row by its summary binding', () => {
    const { tree } = formOf(
      {
        p: [
          {
            id: 'venues',
            type: 'List',
            dataListId: 'venues',
            summaryBinding: 'name',
            dataModelBindings: { group: 'Venues', id: 'Venues.Id', name: 'Venues.Name', checked: 'Venues.On' },
          },
        ],
      },
      {
        Venues: [
          { altinnRowId: 'r1', Id: 'v1', Name: 'Aula', On: true },
          { altinnRowId: 'r2', Id: 'v2', Name: 'Folkets hus', On: false },
          { altinnRowId: 'r3', Id: 'v3', Name: 'Idrettshallen', On: true },
        ],
      },
    );
    expect(tree.node('venues')?.displayValue()).toBe('Aula, Idrettshallen');
  });
});
