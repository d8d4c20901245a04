import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';
import { withModalDialogs } from '../support/modalDialogs.ts';

const texts = {
  nb: nb({
    'languages.title': 'Hvilke språk snakker du?',
    'lang.nb': 'Norsk',
    'lang.se': 'Nordsamisk',
    'lang.en': 'Engelsk',
    'lang.de': 'Tysk',
  }),
};

const options = [
  { value: 'nb', label: 'lang.nb' },
  { value: 'se', label: 'lang.se' },
  { value: 'en', label: 'lang.en' },
  { value: 'de', label: 'lang.de' },
];

function languages(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'languages',
    type: 'MultipleSelect',
    dataModelBindings: { simpleBinding: 'person.languages' },
    textResourceBindings: { title: 'languages.title' },
    options,
    ...extra,
  };
}

const group = () => screen.getByRole('group', { name: 'Hvilke språk snakker du?' });
const openPanel = () => within(group()).getByRole('button', { name: 'Velg …' });

describe('MultipleSelect', () => {
  it('shows nothing chosen and opens the options with a button', async () => {
    const { user, container } = renderForm([languages()], { texts });
    expect(within(group()).getByText('Ingenting er valgt ennå.')).toBeInTheDocument();
    expect(openPanel()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.click(openPanel());
    expect(openPanel()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    await expectNoAxeViolations(container);
  });

  it('stores the chosen values comma-separated in option order and shows them as chips', async () => {
    const { user, submitted } = renderForm([languages()], { texts, withSubmit: true });
    await user.click(openPanel());
    await user.click(screen.getByRole('checkbox', { name: 'Tysk' }));
    await user.click(screen.getByRole('checkbox', { name: 'Norsk' }));
    const chosen = within(screen.getByRole('list', { name: 'Valgt' })).getAllByRole('listitem');
    expect(chosen.map((item) => item.textContent)).toEqual(['Norsk', 'Tysk']);
    expect(await submitted()).toEqual({ person: { languages: 'nb,de' } });
  });

  it('removes a value with its chip and closes the panel with Escape', async () => {
    const { user, submitted } = renderForm([languages()], {
      texts,
      withSubmit: true,
      initialData: { person: { languages: 'nb,en' } },
    });
    await user.click(screen.getByRole('button', { name: 'Fjern Engelsk' }));
    expect(openPanel()).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Fjern Engelsk' })).toBeNull();
    await user.click(openPanel());
    await user.click(screen.getByRole('checkbox', { name: 'Norsk' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(openPanel()).toHaveFocus();
    expect(await submitted()).toEqual({ person: {} });
  });

  it('filters long lists by what the user types', async () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ value: `m${i}`, label: `Kommune ${i}` }));
    const { user } = renderForm([languages({ options: many })], { texts });
    await user.click(openPanel());
    await user.type(screen.getByRole('searchbox', { name: 'Søk i alternativene' }), '7');
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['m7']);
    await user.type(screen.getByRole('searchbox'), 'x');
    expect(screen.getByText('Ingen alternativer passer til søket.')).toHaveAttribute('role', 'status');
  });

  it('is read-only: chips without remove buttons and no panel', async () => {
    const { container } = renderForm([languages({ readOnly: true })], {
      texts,
      initialData: { person: { languages: 'se' } },
    });
    expect(within(group()).getByText('Nordsamisk')).toBeInTheDocument();
    expect(within(group()).queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('marks a required field in the legend', () => {
    const { container } = renderForm([languages({ required: true })], { texts });
    expect(container.querySelector('legend')).toHaveTextContent('Hvilke språk snakker du? *');
  });
});

describe('options of selection components', () => {
  it('drops stored values that are not options and writes the labels to the label binding', async () => {
    const { submitted } = renderForm(
      [languages({ dataModelBindings: { simpleBinding: 'person.languages', label: 'person.languageNames' } })],
      { texts, withSubmit: true, initialData: { person: { languages: 'nb,fi,de' } } },
    );
    expect(await submitted()).toEqual({ person: { languages: 'nb,de', languageNames: 'Norsk,Tysk' } });
  });

  it('filters with optionFilter, sorts with sortOrder and preselects preselectedOptionIndex', async () => {
    const { user, submitted } = renderForm(
      [
        languages({
          optionFilter: ['notEquals', ['value'], 'se'],
          sortOrder: 'asc',
          preselectedOptionIndex: 0,
        }),
      ],
      { texts, withSubmit: true },
    );
    await user.click(openPanel());
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['en', 'nb', 'de']);
    expect(await submitted()).toEqual({ person: { languages: 'en' } });
  });

  it('builds options from a repeating group with source', async () => {
    const { user } = renderForm(
      [
        languages({
          options: undefined,
          source: { group: 'pets', label: 'pet.label', value: 'pets[{0}].id' },
        }),
      ],
      {
        texts: {
          nb: [
            ...texts.nb,
            { id: 'pet.label', value: '{0}', variables: [{ key: 'pets[{0}].name', dataSource: 'dataModel.default' }] },
          ],
        },
        initialData: {
          pets: [
            { id: 'p1', name: 'Fido' },
            { id: 'p2', name: 'Pusur' },
          ],
        },
      },
    );
    await user.click(openPanel());
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['p1', 'p2']);
    expect(screen.getByRole('checkbox', { name: 'Pusur' })).toBeInTheDocument();
  });

  it('fetches a code list the layout set does not have through the form services', async () => {
    const services = createInMemoryFormServices({ options: { remote: options } });
    const { user } = renderWithServices([languages({ options: undefined, optionsId: 'remote' })], services, {
      texts,
      initialData: { person: { languages: 'de' } },
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Fjern Tysk' })).toBeInTheDocument());
    await user.click(openPanel());
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });
});

withModalDialogs();

describe('MultipleSelect in the object-list mode and with alertOnChange', () => {
  const bindings = { group: 'person.spoken', simpleBinding: 'person.spoken.code', checked: 'person.spoken.on' };

  it('stores each choice as a row and removes the row by chip with hard deletion', async () => {
    const { user, submitted } = renderForm([languages({ dataModelBindings: bindings, deletionStrategy: 'hard' })], {
      texts,
      withSubmit: true,
      initialData: { person: { spoken: [{ altinnRowId: 'r1', code: 'en', on: true }] } },
    });
    expect(screen.getByRole('button', { name: 'Fjern Engelsk' })).toBeInTheDocument();
    await user.click(openPanel());
    await user.click(screen.getByRole('checkbox', { name: 'Norsk' }));
    await user.click(screen.getByRole('button', { name: 'Fjern Engelsk' }));
    const { person } = (await submitted()) as { person: { spoken: Record<string, unknown>[] } };
    expect(person.spoken).toHaveLength(1);
    expect(person.spoken[0]).toMatchObject({ code: 'nb', on: true });
    expect(person.spoken[0].altinnRowId).toEqual(expect.any(String));
  });

  it('soft-deletes by setting checked to false and re-checks the same row', async () => {
    const { user, submitted } = renderForm([languages({ dataModelBindings: bindings, deletionStrategy: 'soft' })], {
      texts,
      withSubmit: true,
      initialData: { person: { spoken: [{ altinnRowId: 'r1', code: 'en', on: true }] } },
    });
    await user.click(screen.getByRole('button', { name: 'Fjern Engelsk' }));
    expect(await submitted()).toEqual({ person: { spoken: [{ altinnRowId: 'r1', code: 'en', on: false }] } });
    await user.click(openPanel());
    await user.click(screen.getByRole('checkbox', { name: 'Engelsk' }));
    expect(await submitted()).toEqual({ person: { spoken: [{ altinnRowId: 'r1', code: 'en', on: true }] } });
  });

  it('preselects preselectedOptionIndex of the filtered, sorted options as a row, and not again once removed', async () => {
    const { user, submitted } = renderForm(
      [
        languages({
          dataModelBindings: bindings,
          deletionStrategy: 'soft',
          optionFilter: ['notEquals', ['value'], 'se'],
          sortOrder: 'asc',
          preselectedOptionIndex: 0,
        }),
      ],
      { texts, withSubmit: true },
    );
    const chosen = (await submitted()) as { person: { spoken: Record<string, unknown>[] } };
    expect(chosen.person.spoken).toEqual([{ altinnRowId: expect.any(String), code: 'en', on: true }]);
    await user.click(screen.getByRole('button', { name: 'Fjern Engelsk' }));
    expect(within(group()).getByText('Ingenting er valgt ennå.')).toBeInTheDocument();
    const removed = (await submitted()) as { person: { spoken: Record<string, unknown>[] } };
    expect(removed.person.spoken).toEqual([expect.objectContaining({ code: 'en', on: false })]);
  });

  it('asks before removing a chip when alertOnChange is set', async () => {
    const { user, submitted } = renderForm([languages({ alertOnChange: true })], {
      texts,
      withSubmit: true,
      initialData: { person: { languages: 'nb,en' } },
    });
    await user.click(screen.getByRole('button', { name: 'Fjern Engelsk' }));
    const dialog = screen.getByRole('dialog', { name: 'Er du sikker på at du vil fjerne «Engelsk»?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, fjern' }));
    expect(screen.queryByRole('button', { name: 'Fjern Engelsk' })).toBeNull();
    expect(await submitted()).toEqual({ person: { languages: 'nb' } });
  });
});
