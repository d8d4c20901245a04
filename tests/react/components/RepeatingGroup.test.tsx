import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'people.title': 'Deltakere',
    'people.add': 'deltaker',
    'name.title': 'Navn',
    'age.title': 'Alder',
    'phone.title': 'Telefon',
  }),
};

function people(extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    {
      id: 'people',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'people' },
      textResourceBindings: { title: 'people.title', add_button: 'people.add' },
      children: ['name', 'age'],
      ...extra,
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
}

const twoPeople = {
  people: [
    { altinnRowId: 'a', name: 'Kari', age: '41' },
    { altinnRowId: 'b', name: 'Ola', age: '7' },
  ],
};

describe('RepeatingGroup', () => {
  it('shows the rows as a table with column headings', async () => {
    const { container } = renderForm(people(), { texts, initialData: twoPeople });
    const table = screen.getByRole('table', { name: 'Deltakere' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Navn', 'Alder', 'Handlinger']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent('Kari');
    expect(within(second).getAllByRole('cell')[1]).toHaveTextContent('7');
    expect(screen.getByRole('button', { name: 'Endre rad 2' })).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(container);
  });

  it('adds a row with a new altinnRowId, opens it and focuses its first field', async () => {
    const { user, submitted } = renderForm(people(), { texts, withSubmit: true });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til ny deltaker' }));
    const name = screen.getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveFocus();
    await user.keyboard('Per');
    await user.click(screen.getByRole('button', { name: 'Lagre og lukk' }));
    expect(screen.getByRole('button', { name: 'Endre rad 1' })).toHaveFocus();
    expect(screen.getByRole('table')).toHaveTextContent('Per');
    const data = await submitted();
    const rows = data.people as { altinnRowId: string; name: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe('Per');
    expect(rows[0].altinnRowId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('edits a row in place and keeps the other rows', async () => {
    const { user, submitted } = renderForm(people(), { texts, initialData: twoPeople, withSubmit: true });
    await user.click(screen.getByRole('button', { name: 'Endre rad 2' }));
    const editor = screen.getByRole('group', { name: 'Redigerer rad 2' });
    expect(within(editor).getByRole('textbox', { name: 'Navn' })).toHaveFocus();
    await user.clear(within(editor).getByRole('textbox', { name: 'Alder' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Alder' }), '8');
    expect(await submitted()).toEqual({
      people: [
        { altinnRowId: 'a', name: 'Kari', age: '41' },
        { altinnRowId: 'b', name: 'Ola', age: '8' },
      ],
    });
  });

  it('deletes a row after confirming when alertOnDelete is set, then focuses the add button', async () => {
    const { user, submitted } = renderForm(people({ edit: { alertOnDelete: true } }), {
      texts,
      initialData: twoPeople,
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Slett rad 1' }));
    const confirm = screen.getByRole('button', { name: 'Ja, slett raden' });
    expect(confirm).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Slett rad 1' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Slett rad 1' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slett raden' }));
    expect(screen.getByRole('button', { name: 'Legg til ny deltaker' })).toHaveFocus();
    expect(await submitted()).toEqual({ people: [{ altinnRowId: 'b', name: 'Ola', age: '7' }] });
  });

  it('disables the add button at maxCount and says why', async () => {
    renderForm(people({ maxCount: 2 }), { texts, initialData: twoPeople });
    const add = screen.getByRole('button', { name: 'Legg til ny deltaker' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription('Du kan ikke legge til flere enn 2 rader.');
  });

  it('shows every row open in showAll mode', async () => {
    const { container } = renderForm(people({ edit: { mode: 'showAll' } }), { texts, initialData: twoPeople });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getAllByRole('textbox', { name: 'Navn' }).map((input) => (input as HTMLInputElement).value)).toEqual([
      'Kari',
      'Ola',
    ]);
    await expectNoAxeViolations(container);
  });

  it('hides the table while a row is open in hideTable mode', async () => {
    const { user } = renderForm(people({ edit: { mode: 'hideTable' } }), { texts, initialData: twoPeople });
    await user.click(screen.getByRole('button', { name: 'Endre rad 1' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre og lukk' }));
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('edits columns in the table in onlyTable mode', async () => {
    const { user, submitted } = renderForm(
      people({ edit: { mode: 'onlyTable' }, tableColumns: { name: { editInTable: true } } }),
      { texts, initialData: twoPeople, withSubmit: true },
    );
    expect(screen.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
    const [first] = screen.getAllByRole('textbox', { name: 'Navn' });
    await user.type(first, 'n');
    expect((await submitted()).people).toEqual([
      { altinnRowId: 'a', name: 'Karin', age: '41' },
      { altinnRowId: 'b', name: 'Ola', age: '7' },
    ]);
  });

  it('pages the table', async () => {
    const { user } = renderForm(people({ pagination: { rowsPerPage: 1 } }), { texts, initialData: twoPeople });
    expect(screen.getByRole('table')).toHaveTextContent('Kari');
    expect(screen.getByText('Side 1 av 2')).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Sider i tabellen' })).getByRole('button', { name: 'Neste' }),
    );
    expect(screen.getByRole('table')).toHaveTextContent('Ola');
    expect(screen.getByRole('table')).not.toHaveTextContent('Kari');
  });

  it('hides rows by hiddenRow and columns by tableColumns.hidden', () => {
    renderForm(
      people({ hiddenRow: ['equals', ['dataModel', 'people.name'], 'Ola'], tableColumns: { age: { hidden: true } } }),
      { texts, initialData: twoPeople },
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).queryByRole('columnheader', { name: 'Alder' })).not.toBeInTheDocument();
  });

  it('adds a row and opens it on load with openByDefault', () => {
    renderForm(people({ edit: { openByDefault: true } }), { texts });
    expect(screen.getByRole('group', { name: 'Redigerer rad 1' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Navn' })).not.toHaveFocus();
  });

  it('shows the inner pages of a multiPage row one at a time', async () => {
    const { user } = renderForm(
      people({ children: ['0:name', '1:age'], edit: { multiPage: true, openByDefault: 'first' } }),
      { texts, initialData: twoPeople },
    );
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Alder' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.getByRole('textbox', { name: 'Alder' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
  });

  it('repeats a nested group inside each row', async () => {
    const components: RawComponent[] = [
      ...people({ children: ['name', 'phones'], edit: { openByDefault: 'first' } }),
      {
        id: 'phones',
        type: 'RepeatingGroup',
        dataModelBindings: { group: 'people.phones' },
        textResourceBindings: { title: 'phone.title' },
        children: ['phone'],
      },
      {
        id: 'phone',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'people.phones.number' },
        textResourceBindings: { title: 'phone.title' },
      },
    ];
    const { user, submitted } = renderForm(components, {
      texts,
      initialData: { people: [{ altinnRowId: 'a', name: 'Kari' }] },
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    await user.keyboard('99999999');
    const data = (await submitted()) as { people: { phones: { number: string }[] }[] };
    expect(data.people[0].phones[0].number).toBe('99999999');
  });

  it('renders rowsBefore as a grid table', () => {
    renderForm(people({ rowsBefore: [{ header: true, cells: [{ text: 'name.title' }, { text: 'Fast tekst' }] }] }), {
      texts,
      initialData: twoPeople,
    });
    expect(screen.getAllByRole('table')).toHaveLength(2);
    expect(screen.getByRole('columnheader', { name: 'Fast tekst' })).toBeInTheDocument();
  });

  describe('per-row edit buttons', () => {
    // A row from the prefill is locked: no delete, no edit; a row with an age asks before deleting.
    const perRow = people({
      edit: {
        deleteButton: ['not', ['equals', ['dataModel', 'people.name'], 'Kari']],
        editButton: ['not', ['equals', ['dataModel', 'people.name'], 'Kari']],
        alertOnDelete: ['notEquals', ['dataModel', 'people.age'], null],
        saveButton: ['not', ['equals', ['component', 'name'], 'Kari']],
      },
    });
    const data = {
      people: [
        { altinnRowId: 'a', name: 'Kari', age: '41' },
        { altinnRowId: 'b', name: 'Ola', age: '7' },
        { altinnRowId: 'c', name: 'Per' },
      ],
    };

    it('shows delete and edit in the rows whose expressions allow them', async () => {
      const { container } = renderForm(perRow, { texts, initialData: data });
      expect(screen.queryByRole('button', { name: 'Slett rad 1' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Endre rad 1' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Slett rad 2' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Endre rad 3' })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it('asks before deleting only in rows where alertOnDelete is true', async () => {
      const { user, submitted } = renderForm(perRow, { texts, initialData: data, withSubmit: true });
      await user.click(screen.getByRole('button', { name: 'Slett rad 3' }));
      expect(screen.queryByRole('button', { name: 'Ja, slett raden' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Slett rad 2' }));
      await user.click(screen.getByRole('button', { name: 'Ja, slett raden' }));
      expect(await submitted()).toEqual({ people: [{ altinnRowId: 'a', name: 'Kari', age: '41' }] });
    });

    it('shows the save button of an open row when the row allows it, and follows edits', async () => {
      const { user } = renderForm(perRow, { texts, initialData: data });
      await user.click(screen.getByRole('button', { name: 'Endre rad 3' }));
      expect(screen.getByRole('button', { name: 'Lagre og lukk' })).toBeInTheDocument();
      await user.clear(screen.getByRole('textbox', { name: 'Navn' }));
      await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
      expect(screen.queryByRole('button', { name: 'Lagre og lukk' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Slett rad 3' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Slett rad 2' })).toBeInTheDocument();
    });
  });
});
