import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { LayoutNodeImpl } from '../../../src/core/tree/layoutNode.ts';
import { RowNodeImpl } from '../../../src/core/tree/rowNode.ts';
import { nb, renderForm } from '../support/renderForm.tsx';

// Issue 14: in a long table, opening a row or typing in it renders that row, not every row.
// Every render of a table cell asks its node for the display value, so those calls count renders.
const ROWS = 40;

const components: RawComponent[] = [
  {
    id: 'people',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'people' },
    textResourceBindings: { title: 'people.title' },
    children: ['name', 'age'],
  },
  {
    id: 'name',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'people.name' },
    textResourceBindings: { title: 'name.title' },
  },
  {
    id: 'age',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'people.age' },
    textResourceBindings: { title: 'age.title' },
  },
];
const texts = { nb: nb({ 'people.title': 'Deltakere', 'name.title': 'Navn', 'age.title': 'Alder' }) };
const initialData = {
  people: Array.from({ length: ROWS }, (_, i) => ({ altinnRowId: `r${i}`, name: `Person ${i}`, age: String(i) })),
};

afterEach(() => vi.restoreAllMocks());

describe('RepeatingGroup table work', () => {
  it('renders only the opened row when a row opens, and only the edited row per keystroke', async () => {
    const { user } = renderForm(components, { texts, initialData });
    const cellRenders = vi.spyOn(LayoutNodeImpl.prototype, 'displayValue');

    await user.click(screen.getByRole('button', { name: 'Endre rad 20' }));
    expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveValue('Person 19');
    // The opened row's two cells (its buttons changed); the other 39 rows are left alone.
    expect(cellRenders.mock.calls.length).toBeLessThanOrEqual(4);

    cellRenders.mockClear();
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'xy');
    expect(screen.getByRole('row', { name: /Person 19xy/ })).toBeInTheDocument();
    expect(cellRenders.mock.calls.length).toBeLessThanOrEqual(2 * 2 * 2);
  });

  it('adds and deletes rows without the group asking every row whether it is hidden, where nothing can hide one', async () => {
    const { user } = renderForm(components, { texts, initialData });
    const rowChecks = vi.spyOn(RowNodeImpl.prototype, 'isHidden');
    await user.click(screen.getByRole('button', { name: 'Slett rad 10' }));
    expect(screen.queryByText('Person 9')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Ny');
    expect(screen.getByRole('row', { name: /Ny/ })).toBeInTheDocument();
    // The nodes of rows that moved ask their row once each (62 calls); the group used to ask every
    // row on every change of the form as well (378).
    expect(rowChecks.mock.calls.length).toBeLessThanOrEqual(2 * ROWS);
  });

  it('a row left alone acts on the state of now: another row does not open while the open one has errors', async () => {
    const strict: RawComponent[] = [
      { ...components[0], validateOnSaveRow: ['All'] },
      { ...components[1], required: true },
      components[2],
    ];
    const people = initialData.people.map((person, i) => (i === 1 ? { ...person, name: '' } : person));
    const { user } = renderForm(strict, { texts, initialData: { people } });
    await user.click(screen.getByRole('button', { name: 'Endre rad 2' }));
    // Row 30's buttons were last rendered before row 2 opened.
    await user.click(screen.getByRole('button', { name: 'Endre rad 30' }));
    expect(screen.getByRole('button', { name: /rad 2$/, expanded: true })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Navn/ })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: /Navn/ }), 'Per');
    await user.click(screen.getByRole('button', { name: 'Endre rad 30' }));
    expect(screen.getByRole('textbox', { name: /Navn/ })).toHaveValue('Person 29');
    await user.click(screen.getByRole('button', { name: 'Slett rad 10' }));
    expect(screen.queryByText('Person 9')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Navn/ })).toHaveValue('Person 29');
  });
});
