import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { withModalDialogs } from '../support/modalDialogs.ts';

const texts = {
  nb: nb({
    'applicant.type.title': 'Hvem søker?',
    'applicant.type.description': 'Velg om du søker som privatperson eller på vegne av en organisasjon.',
    'applicant.type.person': 'Privatperson',
    'applicant.type.person.description': 'Du søker på egne vegne.',
    'applicant.type.organisation': 'Organisasjon eller foretak',
    'applicant.type.organisation.description': 'Du trenger organisasjonsnummeret.',
  }),
};

function applicantType(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'applicant-type',
    type: 'RadioButtons',
    dataModelBindings: { simpleBinding: 'applicant.type' },
    textResourceBindings: { title: 'applicant.type.title', description: 'applicant.type.description' },
    options: [
      { value: 'person', label: 'applicant.type.person', description: 'applicant.type.person.description' },
      {
        value: 'organisation',
        label: 'applicant.type.organisation',
        description: 'applicant.type.organisation.description',
      },
    ],
    ...extra,
  };
}

// Designsystemet names the fieldset by its legend and description (aria-labelledby), once mounted.
const GROUP_NAME = 'Hvem søker? Velg om du søker som privatperson eller på vegne av en organisasjon.';
const group = () => screen.findByRole('group', { name: GROUP_NAME });

describe('RadioButtons', () => {
  it('is a group with a legend, a description and one labelled radio per option', async () => {
    const { container } = renderForm([applicantType()], { texts });
    const radios = within(await group()).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['person', 'organisation']);
    expect(screen.getByRole('radio', { name: 'Privatperson' })).toHaveAccessibleDescription('Du søker på egne vegne.');
    expect(screen.getByRole('radio', { name: 'Organisasjon eller foretak' })).not.toBeChecked();
    await expectNoAxeViolations(container);
  });

  it('has no legend without a title, never its id, and is named by its shortName then', async () => {
    const { container } = renderForm(
      [
        applicantType({
          textResourceBindings: { description: 'applicant.type.description', shortName: 'applicant.type.short' },
        }),
      ],
      { texts: { nb: [...texts.nb, ...nb({ 'applicant.type.short': 'Søkertype' })] } },
    );
    expect(container.querySelector('legend')).toBeNull();
    expect(container.querySelector('fieldset')).not.toHaveTextContent('applicant-type');
    expect(await screen.findByRole('group', { name: /^Søkertype/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows a Markdown list in the description as valid HTML, still part of the group name', async () => {
    const { container } = renderForm(
      [applicantType({ textResourceBindings: { title: 'applicant.type.title', description: 'list' } })],
      { texts: { nb: [...texts.nb, ...nb({ list: 'Velg ett av:\n\n- privatperson\n- organisasjon' })] } },
    );
    expect(
      await screen.findByRole('group', { name: 'Hvem søker? Velg ett av: privatperson organisasjon' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['privatperson', 'organisasjon']);
    expect(container.querySelector('p ul, p div')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('stores the value of the option the user clicks', async () => {
    const { user, submitted } = renderForm([applicantType()], { texts, withSubmit: true });
    await user.click(screen.getByRole('radio', { name: 'Organisasjon eller foretak' }));
    expect(screen.getByRole('radio', { name: 'Organisasjon eller foretak' })).toBeChecked();
    expect(await submitted()).toEqual({ applicant: { type: 'organisation' } });
  });

  it('can be answered with the keyboard', async () => {
    const { user, submitted } = renderForm([applicantType()], {
      texts,
      withSubmit: true,
      initialData: { applicant: { type: 'person' } },
    });
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Privatperson' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Organisasjon eller foretak' })).toBeChecked();
    expect(await submitted()).toEqual({ applicant: { type: 'organisation' } });
  });

  it('checks the option already in the data model', () => {
    renderForm([applicantType()], { texts, initialData: { applicant: { type: 'organisation' } } });
    expect(screen.getByRole('radio', { name: 'Organisasjon eller foretak' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Privatperson' })).not.toBeChecked();
  });

  it('marks a required choice', async () => {
    const { container } = renderForm([applicantType({ required: true })], { texts });
    expect(container.querySelector('legend')).toHaveTextContent('Hvem søker? *');
    const radios = within(await group()).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    for (const radio of radios) expect(radio).toBeRequired();
    expect(screen.getByText('Obligatoriske felter er merket med *')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('does not let the user change a read-only choice', async () => {
    const { container, user, submitted } = renderForm([applicantType({ readOnly: true })], {
      texts,
      withSubmit: true,
      initialData: { applicant: { type: 'person' } },
    });
    expect(screen.getByRole('radio', { name: 'Privatperson' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Organisasjon eller foretak' }));
    // (jsdom does not re-check the previous radio after a cancelled click; the Storybook story checks that in Chromium.)
    expect(screen.getByRole('radio', { name: 'Organisasjon eller foretak' })).not.toBeChecked();
    expect(await submitted()).toEqual({ applicant: { type: 'person' } });
    await expectNoAxeViolations(container);
  });

  it('takes options and their labels from a code list (optionsId)', async () => {
    const { user, submitted } = renderForm(
      [
        {
          id: 'event-category',
          type: 'RadioButtons',
          optionsId: 'eventCategories',
          dataModelBindings: { simpleBinding: 'event.category' },
          textResourceBindings: { title: 'category' },
        },
      ],
      {
        withSubmit: true,
        texts: { nb: nb({ category: 'Type arrangement', 'c.concert': 'Konsert', 'c.market': 'Marked' }) },
        options: {
          eventCategories: [
            { value: 'concert', label: 'c.concert' },
            { value: 'market', label: 'c.market' },
          ],
        },
      },
    );
    const radios = within(await screen.findByRole('group', { name: 'Type arrangement' })).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['concert', 'market']);
    await user.click(screen.getByRole('radio', { name: 'Marked' }));
    expect(await submitted()).toEqual({ event: { category: 'market' } });
  });

  it('says the options could not be fetched when the app has no code list of that optionsId', async () => {
    const { container, submitted } = renderForm(
      [
        {
          id: 'municipality',
          type: 'RadioButtons',
          optionsId: 'kommuner',
          dataModelBindings: { simpleBinding: 'applicant.municipality' },
          textResourceBindings: { title: 'municipality' },
        },
      ],
      {
        withSubmit: true,
        texts: { nb: nb({ municipality: 'Kommune' }) },
        initialData: { applicant: { municipality: '0301' } },
      },
    );
    const fieldset = await screen.findByRole('group', { name: 'Kommune' });
    expect(await within(fieldset).findByRole('alert')).toHaveTextContent(
      'Vi fikk ikke hentet svaralternativene. Prøv igjen senere.',
    );
    expect(within(fieldset).queryAllByRole('radio')).toEqual([]);
    // Options that could not be fetched are unknown, not empty: the stored answer is kept.
    expect(await submitted()).toEqual({ applicant: { municipality: '0301' } });
    await expectNoAxeViolations(container);
  });

  it('stores a number or boolean option value as the data model type', async () => {
    const { user, submitted } = renderForm(
      [
        {
          id: 'attendees',
          type: 'RadioButtons',
          dataModelBindings: { simpleBinding: 'count' },
          textResourceBindings: { title: 'count' },
          options: [
            { value: 100, label: 'Inntil 100' },
            { value: 500, label: 'Inntil 500' },
          ],
        },
      ],
      {
        withSubmit: true,
        texts: { nb: nb({ count: 'Antall deltakere' }) },
        schema: { type: 'object', properties: { count: { type: 'integer' } } },
      },
    );
    await user.click(screen.getByRole('radio', { name: 'Inntil 500' }));
    expect(await submitted()).toEqual({ count: 500 });
  });

  it('labels options from a repeating group with expressions evaluated in each row (source)', async () => {
    renderForm(
      [
        {
          id: 'favourite',
          type: 'RadioButtons',
          dataModelBindings: { simpleBinding: 'favourite' },
          textResourceBindings: { title: 'favourite' },
          source: {
            group: 'pets',
            value: 'pets[{0}].id',
            label: ['concat', ['text', 'pet.label'], ' (', ['dataModel', 'pets.species'], ')'],
            description: ['dataModel', 'pets.species'],
          },
        },
      ],
      {
        texts: {
          nb: [
            ...nb({ favourite: 'Favorittdyr' }),
            { id: 'pet.label', value: '{0}', variables: [{ key: 'pets[{0}].name', dataSource: 'dataModel.default' }] },
          ],
        },
        initialData: {
          pets: [
            { id: 'p1', name: 'Fido', species: 'hund' },
            { id: 'p2', name: 'Pusur', species: 'katt' },
          ],
        },
      },
    );
    const radios = within(await screen.findByRole('group', { name: 'Favorittdyr' })).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['p1', 'p2']);
    expect(screen.getByRole('radio', { name: 'Fido (hund)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Pusur (katt)' })).toBeInTheDocument();
  });

  it('shows no choice while nothing is stored, even for an option with an empty value', async () => {
    renderForm(
      [
        applicantType({
          options: [
            { value: '', label: 'applicant.type.person' },
            { value: 'organisation', label: 'applicant.type.organisation' },
          ],
        }),
      ],
      { texts },
    );
    await group();
    expect(screen.getByRole('radio', { name: 'Privatperson' })).not.toBeChecked();
  });
});

withModalDialogs();

describe('RadioButtons with alertOnChange', () => {
  it('chooses at once the first time, and asks before changing an earlier choice', async () => {
    const { user, submitted } = renderForm([applicantType({ alertOnChange: true })], { texts, withSubmit: true });
    await user.click(screen.getByRole('radio', { name: /Privatperson/ }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Organisasjon eller foretak/ }));
    const dialog = screen.getByRole('dialog', { name: 'Er du sikker på at du vil endre fra «Privatperson»?' });
    expect(screen.getByRole('radio', { name: /Privatperson/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await submitted()).toEqual({ applicant: { type: 'person' } });
    await user.click(screen.getByRole('radio', { name: /Organisasjon eller foretak/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, endre' }));
    expect(screen.getByRole('radio', { name: /Organisasjon eller foretak/ })).toBeChecked();
    expect(await submitted()).toEqual({ applicant: { type: 'organisation' } });
  });
});
