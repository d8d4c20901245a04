import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'applicant.name.title': 'Navn på søker',
    'applicant.name.description': 'Fullt navn på personen eller organisasjonen som søker.',
  }),
};

function nameField(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'applicant-name',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'applicant.name' },
    textResourceBindings: { title: 'applicant.name.title', description: 'applicant.name.description' },
    ...extra,
  };
}

describe('Input', () => {
  it('labels the field and describes it with the texts from the text resources', async () => {
    const { container } = renderForm([nameField()], { texts });
    const input = screen.getByRole('textbox', { name: 'Navn på søker' });
    expect(input).toHaveAccessibleDescription('Fullt navn på personen eller organisasjonen som søker.');
    expect(input).not.toBeRequired();
    expect(screen.queryByText('Obligatoriske felter er merket med *')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('writes what the user types to the bound field in the data model', async () => {
    const { user, submitted } = renderForm([nameField()], { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: 'Navn på søker' }), 'Kari Nordmann');
    expect(screen.getByRole('textbox', { name: 'Navn på søker' })).toHaveValue('Kari Nordmann');
    expect(await submitted()).toEqual({ applicant: { name: 'Kari Nordmann' } });
  });

  it('shows the value already in the data model and lets the user change it', async () => {
    const { user, submitted } = renderForm([nameField()], {
      texts,
      withSubmit: true,
      initialData: { applicant: { name: 'Ola' } },
    });
    const input = screen.getByRole('textbox', { name: 'Navn på søker' });
    expect(input).toHaveValue('Ola');
    await user.clear(input);
    await user.type(input, 'Nora');
    expect(await submitted()).toEqual({ applicant: { name: 'Nora' } });
  });

  it('marks a required field visually and for assistive technology', async () => {
    const { container } = renderForm([nameField({ required: true })], { texts });
    // The asterisk is visible but hidden from the accessible name: `required` is announced instead.
    const input = screen.getByRole('textbox', { name: 'Navn på søker' });
    expect(input).toBeRequired();
    expect(container.querySelector(`label[for="${input.id}"]`)).toHaveTextContent('Navn på søker *');
    expect(screen.getByText('Obligatoriske felter er merket med *')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('follows a required expression', async () => {
    const { user } = renderForm(
      [
        {
          id: 'contact',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'contact' },
          textResourceBindings: { title: 'Kontakt' },
        },
        nameField({ required: ['equals', ['dataModel', 'contact'], 'ja'] }),
      ],
      { texts },
    );
    expect(screen.getByRole('textbox', { name: 'Navn på søker' })).not.toBeRequired();
    await user.type(screen.getByRole('textbox', { name: 'Kontakt' }), 'ja');
    expect(screen.getByRole('textbox', { name: 'Navn på søker' })).toBeRequired();
  });

  it('does not let the user edit a read-only field', async () => {
    const { container, user, submitted } = renderForm([nameField({ readOnly: true })], {
      texts,
      withSubmit: true,
      initialData: { applicant: { name: 'Kari Nordmann' } },
    });
    const input = screen.getByRole('textbox', { name: 'Navn på søker' });
    expect(input).toHaveAttribute('readonly');
    await user.type(input, ' og Ola');
    expect(input).toHaveValue('Kari Nordmann');
    expect(await submitted()).toEqual({ applicant: { name: 'Kari Nordmann' } });
    await expectNoAxeViolations(container);
  });

  it('shows no label, and never its component id, when the title is missing', () => {
    const { container } = renderForm([
      { id: 'phone', type: 'Input', dataModelBindings: { simpleBinding: 'phone' }, required: true },
    ]);
    const input = screen.getByRole('textbox');
    expect(input).toHaveAccessibleName('');
    expect(container.querySelector('label')).toBeNull();
    expect(container.querySelector('[data-componentid="phone"]')).not.toHaveTextContent(/phone|\*/);
  });

  it('is named for screen readers by its column heading or short name when it has no title', () => {
    renderForm([
      {
        id: 'phone',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'phone' },
        textResourceBindings: { tableTitle: 'Telefon' },
      },
      {
        id: 'email',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'email' },
        textResourceBindings: { shortName: 'E-post' },
      },
    ]);
    expect(screen.getByRole('textbox', { name: 'Telefon' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-post' })).toBeInTheDocument();
    expect(document.querySelector('label')).toBeNull();
  });

  it('shows prefix and suffix texts next to the field', () => {
    renderForm(
      [
        nameField({
          id: 'attendees',
          dataModelBindings: { simpleBinding: 'attendees' },
          textResourceBindings: { title: 'applicant.name.title', suffix: 'unit' },
        }),
      ],
      { texts: { nb: [...texts.nb, { id: 'unit', value: 'personer' }] } },
    );
    expect(screen.getByText('personer')).toBeInTheDocument();
  });

  describe('with formatting', () => {
    const amount = (formatting: Record<string, unknown>): RawComponent => ({
      id: 'amount',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'amount' },
      textResourceBindings: { title: 'amount.title' },
      formatting,
    });
    const amountTexts = { nb: nb({ 'amount.title': 'Beløp' }) };
    const schema = { type: 'object', properties: { amount: { type: 'number' } } };

    it('stores the number the user types in Norwegian notation and shows it as currency once left', async () => {
      const { user, submitted } = renderForm([amount({ currency: 'NOK' })], {
        texts: amountTexts,
        schema,
        withSubmit: true,
      });
      const input = screen.getByRole('textbox', { name: 'Beløp' });
      expect(input).toHaveAttribute('inputmode', 'decimal');
      await user.type(input, '1 234,5');
      expect(input).toHaveValue('1 234,5');
      await user.tab();
      expect(input).toHaveValue(new Intl.NumberFormat('nb', { style: 'currency', currency: 'NOK' }).format(1234.5));
      // Back in the field, the user edits the plain number.
      await user.click(input);
      expect(input).toHaveValue('1234,5');
      expect(await submitted()).toEqual({ amount: 1234.5 });
    });

    it('reads the number settings: separators, prefix and suffix', async () => {
      const { user, submitted } = renderForm(
        [amount({ number: { thousandSeparator: '.', decimalSeparator: ',', suffix: ' kr', decimalScale: 2 } })],
        { texts: amountTexts, schema, withSubmit: true, initialData: { amount: 2500 } },
      );
      const input = screen.getByRole('textbox', { name: 'Beløp' });
      expect(input).toHaveValue('2.500 kr');
      await user.clear(input);
      await user.type(input, '10.000,25 kr');
      await user.tab();
      expect(input).toHaveValue('10.000,25 kr');
      expect(await submitted()).toEqual({ amount: 10000.25 });
    });

    it('keeps text that is no number, so validation can say so and nothing typed is lost', async () => {
      const { user } = renderForm([amount({ currency: 'NOK' })], { texts: amountTexts, schema });
      const input = screen.getByRole('textbox', { name: 'Beløp' });
      await user.type(input, 'tusen');
      await user.tab();
      expect(input).toHaveValue('tusen');
    });
  });
});
