import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: nb({ 'address.title': 'Adresse for arrangementet' }) };

function address(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'address',
    type: 'Address',
    dataModelBindings: {
      address: 'venue.street',
      zipCode: 'venue.zip',
      postPlace: 'venue.place',
      careOf: 'venue.careOf',
      houseNumber: 'venue.houseNumber',
    },
    textResourceBindings: { title: 'address.title' },
    ...extra,
  };
}

const box = (name: string) => screen.getByRole('textbox', { name });

describe('Address', () => {
  it('groups street, postcode and post place under the title', async () => {
    const { container } = renderForm([address()], { texts });
    expect(screen.getByRole('group', { name: 'Adresse for arrangementet' })).toBeInTheDocument();
    expect(box('Gateadresse')).toHaveAttribute('autocomplete', 'street-address');
    expect(box('Postnummer')).toHaveAttribute('autocomplete', 'postal-code');
    expect(box('Poststed')).not.toHaveAttribute('readonly');
    expect(screen.queryByRole('textbox', { name: 'Bolignummer' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('fills in and locks the post place the services know', async () => {
    const services = createInMemoryFormServices({ postPlaces: { '0150': 'OSLO' } });
    const { user, submitted } = renderWithServices([address()], services, { texts, withSubmit: true });
    await user.type(box('Gateadresse'), 'Rådhusplassen 1');
    await user.type(box('Postnummer'), '0150');
    await waitFor(() => expect(box('Poststed')).toHaveValue('OSLO'));
    expect(box('Poststed')).toHaveAttribute('readonly');
    expect(await submitted()).toEqual({ venue: { street: 'Rådhusplassen 1', zip: '0150', place: 'OSLO' } });
  });

  it('lets the user type the post place when the lookup knows nothing', async () => {
    const { user, submitted } = renderForm([address()], { texts, withSubmit: true });
    await user.type(box('Postnummer'), '9999');
    await user.type(box('Poststed'), 'Ukjentby');
    expect(await submitted()).toEqual({ venue: { zip: '9999', place: 'Ukjentby' } });
  });

  it('shows care-of and house number when not simplified, with app titles', async () => {
    const { container } = renderForm(
      [address({ simplified: false, textResourceBindings: { title: 'address.title', careOfTitle: 'co' } })],
      { texts: { nb: [...texts.nb, { id: 'co', value: 'Kontaktperson' }] } },
    );
    expect(box('Kontaktperson')).toBeInTheDocument();
    expect(box('Bolignummer')).toHaveAccessibleDescription('En bokstav og fire sifre, for eksempel H0101.');
    await expectNoAxeViolations(container);
  });

  it('requires the three address fields and is read-only when the component is', () => {
    renderForm([address({ required: true, readOnly: true })], {
      texts,
      initialData: { venue: { street: 'Storgata 2', zip: '9008', place: 'TROMSØ' } },
    });
    for (const name of ['Gateadresse', 'Postnummer', 'Poststed']) {
      expect(box(name)).toBeRequired();
      expect(box(name)).toHaveAttribute('readonly');
    }
    expect(box('Gateadresse')).toHaveValue('Storgata 2');
  });
});
