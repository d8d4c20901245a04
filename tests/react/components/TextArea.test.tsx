import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'event.description.title': 'Beskrivelse av arrangementet',
    'event.description.description': 'Hva skal skje, og hvem er arrangementet for?',
  }),
};

function descriptionField(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'event-description',
    type: 'TextArea',
    dataModelBindings: { simpleBinding: 'event.description' },
    textResourceBindings: { title: 'event.description.title', description: 'event.description.description' },
    ...extra,
  };
}

const LABEL = 'Beskrivelse av arrangementet';

describe('TextArea', () => {
  it('is a multi-line field labelled and described by the text resources', async () => {
    const { container } = renderForm([descriptionField()], { texts });
    const field = screen.getByRole('textbox', { name: LABEL });
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveAccessibleDescription('Hva skal skje, og hvem er arrangementet for?');
    await expectNoAxeViolations(container);
  });

  it('keeps line breaks the user types in the data model', async () => {
    const { user, submitted } = renderForm([descriptionField()], { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: LABEL }), 'Konsert i parken.{Enter}Åpent for alle.');
    expect(await submitted()).toEqual({ event: { description: 'Konsert i parken.\nÅpent for alle.' } });
  });

  it('shows the text already in the data model', () => {
    renderForm([descriptionField()], { texts, initialData: { event: { description: 'Vårmarked på torget' } } });
    expect(screen.getByRole('textbox', { name: LABEL })).toHaveValue('Vårmarked på torget');
  });

  it('marks a required field', async () => {
    const { container } = renderForm([descriptionField({ required: true })], { texts });
    const field = screen.getByRole('textbox', { name: LABEL });
    expect(field).toBeRequired();
    expect(container.querySelector(`label[for="${field.id}"]`)).toHaveTextContent(`${LABEL} *`);
    expect(screen.getByText('Obligatoriske felter er merket med *')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('does not let the user edit a read-only field', async () => {
    const { user, submitted } = renderForm([descriptionField({ readOnly: true })], {
      texts,
      withSubmit: true,
      initialData: { event: { description: 'Fast tekst' } },
    });
    const field = screen.getByRole('textbox', { name: LABEL });
    expect(field).toHaveAttribute('readonly');
    await user.type(field, ' endret');
    expect(field).toHaveValue('Fast tekst');
    expect(await submitted()).toEqual({ event: { description: 'Fast tekst' } });
  });

  it('with maxLength, tells how many characters are left in Norwegian', async () => {
    const { container, user } = renderForm([descriptionField({ maxLength: 20 })], { texts });
    await user.type(screen.getByRole('textbox', { name: LABEL }), 'Konsert');
    // Shown as generated content from `data-label`, and announced through Designsystemet's live region.
    const counter = container.querySelector('[data-field="counter"]');
    expect(counter).toHaveAttribute('data-label', 'Du har 13 av 20 tegn igjen');
    expect(screen.getByRole('textbox', { name: LABEL }).getAttribute('aria-describedby')).toContain(counter?.id);
    expect(await screen.findByText('Du har 13 av 20 tegn igjen')).toHaveAttribute('aria-live', 'assertive');
    await expectNoAxeViolations(container);
  });

  it('with maxLength, says by how much the text is too long and marks the field invalid', async () => {
    const { container, user } = renderForm([descriptionField({ maxLength: 10 })], { texts });
    const field = screen.getByRole('textbox', { name: LABEL });
    await user.type(field, 'Konsert i parken');
    expect(container.querySelector('[data-field="counter"]')).toHaveAttribute(
      'data-label',
      'Du har overskredet maks antall tegn med 6',
    );
    expect(field).toBeInvalid();
    // The text is kept, so the user can shorten it rather than retype it.
    expect(field).toHaveValue('Konsert i parken');
  });

  it('with maxLength, counts in the new language as soon as the language changes, the field keeping its focus', async () => {
    const { container, user, rerender } = renderForm([descriptionField({ maxLength: 20 })], { texts });
    const field = screen.getByRole('textbox', { name: LABEL });
    await user.type(field, 'Konsert');
    const layoutSet = formOf([descriptionField({ maxLength: 20 })], { texts });
    // The counter Designsystemet draws is not redrawn when only its texts change: the user would
    // read Norwegian in an English form until typing again.
    rerender(<SkjemaForm layoutSet={layoutSet} language="en" />);
    await waitFor(() =>
      expect(container.querySelector('[data-field="counter"]')).toHaveAttribute(
        'data-label',
        'You have 13 of 20 characters left',
      ),
    );
    expect(field).toHaveFocus();
    expect(field.getAttribute('aria-describedby')).toContain(container.querySelector('[data-field="counter"]')?.id);
  });
});
