import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'costs.title': 'Kostnader',
    'costs.description': 'Oppgi beløp i hele kroner.',
    'col.item': 'Post',
    'col.amount': 'Beløp',
    'row.rent': 'Leie av lokale',
    'rent.title': 'Leie',
  }),
};

function grid(extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    {
      id: 'costs',
      type: 'Grid',
      textResourceBindings: { title: 'costs.title', description: 'costs.description' },
      rows: [
        { header: true, cells: [{ text: 'col.item' }, { text: 'col.amount', alignText: 'right' }] },
        { cells: [{ labelFrom: 'rent' }, { component: 'rent' }] },
        { readOnly: true, cells: [{ text: 'row.rent' }, null] },
      ],
      ...extra,
    },
    {
      id: 'rent',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'costs.rent' },
      textResourceBindings: { title: 'rent.title' },
    },
  ];
}

describe('Grid', () => {
  it('lays the cells out as a table with header cells, labels and components', async () => {
    const { container } = renderForm(grid(), { texts });
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Post', 'Beløp']);
    expect(within(table).getByRole('columnheader', { name: 'Beløp' })).toHaveStyle({ textAlign: 'right' });
    const [, componentRow, textRow] = within(table).getAllByRole('row');
    expect(within(componentRow).getAllByRole('cell')[0]).toHaveTextContent('Leie');
    expect(within(componentRow).getByRole('textbox', { name: 'Leie' })).toBeInTheDocument();
    expect(
      within(textRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Leie av lokale', '']);
    expect(screen.getByRole('group', { name: 'Kostnader' })).toBeInTheDocument();
    expect(screen.getByText('Oppgi beløp i hele kroner.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('stores what the user types in a cell', async () => {
    const { user, submitted } = renderForm(grid(), { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: 'Leie' }), '5000');
    expect(await submitted()).toEqual({ costs: { rent: '5000' } });
  });

  it('hides a cell by its hidden expression and the whole grid by its own', () => {
    const { rerender } = renderForm(
      grid({ rows: [{ cells: [{ text: 'col.item' }, { text: 'col.amount', hidden: true }] }] }),
      { texts },
    );
    expect(screen.getByRole('table')).not.toHaveTextContent('Beløp');
    rerender(<></>);
    renderForm(grid({ hidden: true }), { texts });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
