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
        { id: 'contact', type: 'Input', dataModelBindings: { simpleBinding: 'contact' } },
        nameField({ required: ['equals', ['dataModel', 'contact'], 'ja'] }),
      ],
      { texts },
    );
    expect(screen.getByRole('textbox', { name: 'Navn på søker' })).not.toBeRequired();
    await user.type(screen.getByRole('textbox', { name: 'contact' }), 'ja');
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

  it('falls back to the component id when the title is missing', () => {
    renderForm([{ id: 'phone', type: 'Input', dataModelBindings: { simpleBinding: 'phone' } }]);
    expect(screen.getByRole('textbox', { name: 'phone' })).toBeInTheDocument();
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
});
