import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { withModalDialogs } from '../support/modalDialogs.ts';

const texts = {
  nb: nb({
    'event.category.title': 'Type arrangement',
    'event.category.description': 'Velg den typen som passer best.',
    'options.category.concert': 'Konsert',
    'options.category.market': 'Marked',
    'options.category.sports': 'Idrettsarrangement',
  }),
};

const codeLists = {
  eventCategories: [
    { value: 'concert', label: 'options.category.concert' },
    { value: 'market', label: 'options.category.market' },
    { value: 'sports', label: 'options.category.sports' },
  ],
};

function category(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'event-category',
    type: 'Dropdown',
    optionsId: 'eventCategories',
    dataModelBindings: { simpleBinding: 'event.category' },
    textResourceBindings: { title: 'event.category.title', description: 'event.category.description' },
    ...extra,
  };
}

const select = () => screen.getByRole('combobox', { name: 'Type arrangement' });

describe('Dropdown', () => {
  it('is a labelled, described select with a "choose" placeholder and the code list labels', async () => {
    const { container } = renderForm([category()], { texts, options: codeLists });
    expect(select()).toHaveAccessibleDescription('Velg den typen som passer best.');
    const options = within(select()).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Velg …', 'Konsert', 'Marked', 'Idrettsarrangement']);
    expect(select()).toHaveValue('');
    await expectNoAxeViolations(container);
  });

  it('stores the value of the chosen option', async () => {
    const { user, submitted } = renderForm([category()], { texts, options: codeLists, withSubmit: true });
    await user.selectOptions(select(), 'Marked');
    expect(screen.getByRole('option', { name: 'Marked' })).toHaveProperty('selected', true);
    expect(await submitted()).toEqual({ event: { category: 'market' } });
  });

  it('uses static options with their labels resolved from the texts', async () => {
    const { user, submitted } = renderForm(
      [
        category({
          optionsId: undefined,
          options: [
            { value: 'concert', label: 'options.category.concert' },
            { value: 'sports', label: 'options.category.sports' },
          ],
        }),
      ],
      { texts, withSubmit: true },
    );
    expect(
      within(select())
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Velg …', 'Konsert', 'Idrettsarrangement']);
    await user.selectOptions(select(), 'sports');
    expect(await submitted()).toEqual({ event: { category: 'sports' } });
  });

  it('shows the option already in the data model', () => {
    renderForm([category()], { texts, options: codeLists, initialData: { event: { category: 'sports' } } });
    expect(select()).toHaveValue('sports');
    expect(screen.getByRole('option', { name: 'Idrettsarrangement' })).toHaveProperty('selected', true);
  });

  it('marks a required select', async () => {
    const { container } = renderForm([category({ required: true })], { texts, options: codeLists });
    expect(select()).toBeRequired();
    expect(container.querySelector(`label[for="${select().id}"]`)).toHaveTextContent('Type arrangement *');
    expect(screen.getByText('Obligatoriske felter er merket med *')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('does not let the user change a read-only select', async () => {
    const { container, user, submitted } = renderForm([category({ readOnly: true })], {
      texts,
      options: codeLists,
      withSubmit: true,
      initialData: { event: { category: 'concert' } },
    });
    expect(select()).toHaveAttribute('aria-readonly', 'true');
    await user.selectOptions(select(), 'Marked');
    expect(select()).toHaveValue('concert');
    expect(await submitted()).toEqual({ event: { category: 'concert' } });
    await expectNoAxeViolations(container);
  });

  it('sorts the options by label when sortOrder is set', () => {
    renderForm([category({ sortOrder: 'asc' })], { texts, options: codeLists });
    expect(
      within(select())
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Velg …', 'Idrettsarrangement', 'Konsert', 'Marked']);
  });
});

withModalDialogs();

describe('Dropdown with alertOnChange', () => {
  it('asks before changing an earlier choice and keeps it on cancel', async () => {
    const { user, submitted } = renderForm([category({ alertOnChange: true })], {
      texts,
      options: codeLists,
      withSubmit: true,
      initialData: { event: { category: 'concert' } },
    });
    await user.selectOptions(select(), 'Marked');
    const dialog = screen.getByRole('dialog', { name: 'Er du sikker på at du vil endre fra «Konsert»?' });
    expect(select()).toHaveValue('concert');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await submitted()).toEqual({ event: { category: 'concert' } });
    await user.selectOptions(select(), 'Marked');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, endre' }));
    expect(select()).toHaveValue('market');
    expect(await submitted()).toEqual({ event: { category: 'market' } });
  });
});
