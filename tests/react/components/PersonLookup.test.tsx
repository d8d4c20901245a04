import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: nb({ 'organiser.title': 'Ansvarlig arrangør', 'org.title': 'Arrangerende organisasjon' }) };

const services = () =>
  createInMemoryFormServices({
    persons: [{ ssn: '08829698278', name: 'Kari Nordmann', firstName: 'Kari', lastName: 'Nordmann' }],
    organisations: [{ orgNr: '974760673', name: 'Registerenheten i Brønnøysund' }],
  });

function person(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'organiser',
    type: 'PersonLookup',
    dataModelBindings: {
      person_lookup_ssn: 'organiser.ssn',
      person_lookup_name: 'organiser.name',
      person_lookup_last_name: 'organiser.lastName',
    },
    textResourceBindings: { title: 'organiser.title' },
    ...extra,
  };
}

function organisation(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'org',
    type: 'OrganisationLookup',
    dataModelBindings: { organisation_lookup_orgnr: 'org.number', organisation_lookup_name: 'org.name' },
    textResourceBindings: { title: 'org.title' },
    ...extra,
  };
}

describe('PersonLookup', () => {
  it('searches by national identity number and surname and stores the person found', async () => {
    const { user, submitted, container } = renderWithServices([person()], services(), { texts, withSubmit: true });
    const group = screen.getByRole('group', { name: 'Ansvarlig arrangør' });
    await user.type(within(group).getByRole('textbox', { name: 'Fødselsnummer' }), '08829698278');
    await user.type(within(group).getByRole('textbox', { name: 'Etternavn' }), 'nordmann');
    await expectNoAxeViolations(container);
    await user.click(within(group).getByRole('button', { name: 'Hent opplysninger' }));
    expect(await within(group).findByRole('textbox', { name: 'Navn' })).toHaveValue('Kari Nordmann');
    expect(await submitted()).toEqual({
      organiser: { ssn: '08829698278', name: 'Kari Nordmann', lastName: 'Nordmann' },
    });
    await user.click(within(group).getByRole('button', { name: 'Søk på nytt' }));
    expect(within(group).getByRole('textbox', { name: 'Fødselsnummer' })).toHaveValue('');
  });

  it('explains what is wrong before searching and when nobody is found', async () => {
    const { user } = renderWithServices([person()], services(), { texts });
    await user.type(screen.getByRole('textbox', { name: 'Fødselsnummer' }), '123');
    await user.click(screen.getByRole('button', { name: 'Hent opplysninger' }));
    expect(screen.getByRole('textbox', { name: 'Fødselsnummer' })).toHaveAccessibleDescription(
      'Fødselsnummeret må ha 11 sifre.',
    );
    expect(screen.getByRole('textbox', { name: 'Etternavn' })).toHaveAccessibleDescription('Skriv etternavnet.');
    await user.clear(screen.getByRole('textbox', { name: 'Fødselsnummer' }));
    await user.type(screen.getByRole('textbox', { name: 'Fødselsnummer' }), '08829698278');
    await user.type(screen.getByRole('textbox', { name: 'Etternavn' }), 'Hansen{Enter}');
    expect(await screen.findByText('Fant ingen person med dette fødselsnummeret og etternavnet.')).toBeInTheDocument();
  });

  it('shows a stored person read-only without search controls', async () => {
    const { container } = renderForm([person({ readOnly: true })], {
      texts,
      initialData: { organiser: { ssn: '08829698278', name: 'Kari Nordmann' } },
    });
    expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveValue('Kari Nordmann');
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe('OrganisationLookup', () => {
  it('finds an organisation by number and stores its name', async () => {
    const { user, submitted } = renderWithServices([organisation({ required: false })], services(), {
      texts,
      withSubmit: true,
    });
    await user.type(screen.getByRole('textbox', { name: 'Organisasjonsnummer' }), '974 760 673');
    await user.click(screen.getByRole('button', { name: 'Hent opplysninger' }));
    expect(await screen.findByRole('textbox', { name: 'Organisasjonsnavn' })).toHaveValue(
      'Registerenheten i Brønnøysund',
    );
    expect(await submitted()).toEqual({ org: { number: '974760673', name: 'Registerenheten i Brønnøysund' } });
  });

  it('says so when the number is malformed or unknown', async () => {
    const { user } = renderWithServices([organisation({ required: true })], services(), { texts });
    const input = screen.getByRole('textbox', { name: 'Organisasjonsnummer' });
    expect(input).toBeRequired();
    await user.type(input, '12345{Enter}');
    expect(input).toHaveAccessibleDescription('Organisasjonsnummeret må ha 9 sifre.');
    await user.clear(input);
    await user.type(input, '123456789{Enter}');
    expect(await screen.findByText('Fant ingen organisasjon med dette organisasjonsnummeret.')).toBeInTheDocument();
  });
});
