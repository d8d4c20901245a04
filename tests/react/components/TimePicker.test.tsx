import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'start.title': 'Starttidspunkt' }) };

function start(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'start',
    type: 'TimePicker',
    dataModelBindings: { simpleBinding: 'event.start' },
    textResourceBindings: { title: 'start.title' },
    ...extra,
  };
}

const field = () => screen.getByRole('textbox', { name: 'Starttidspunkt' });

describe('TimePicker', () => {
  it('is a labelled text field that tells the format', async () => {
    const { container } = renderForm([start()], { texts });
    expect(field()).toHaveAccessibleDescription('Skriv klokkeslettet som tt:mm');
    await expectNoAxeViolations(container);
  });

  it('tidies a typed time into the format when the user leaves the field', async () => {
    const { user, submitted } = renderForm([start()], { texts, withSubmit: true });
    await user.type(field(), '930');
    expect(field()).toHaveValue('930');
    await user.tab();
    expect(field()).toHaveValue('09:30');
    expect(await submitted()).toEqual({ event: { start: '09:30' } });
  });

  it('uses a 12-hour format with seconds and describes the allowed range', async () => {
    const { user } = renderForm([start({ format: 'hh:mm:ss a', minTime: '08:00', maxTime: '17:30' })], {
      texts,
      language: 'en',
    });
    const input = screen.getByRole('textbox');
    expect(input).toHaveAccessibleDescription(
      'Enter the time as hh:mm:ss AM/PM The time must be between 08:00:00 AM and 05:30:00 PM.',
    );
    await user.type(input, '14:05');
    await user.tab();
    expect(input).toHaveValue('02:05:00 PM');
  });

  it('keeps what cannot be read as a time', async () => {
    const { user } = renderForm([start()], { texts });
    await user.type(field(), '25:99');
    await user.tab();
    expect(field()).toHaveValue('25:99');
  });

  it('is required and read-only when the layout says so', async () => {
    const { user, container } = renderForm([start({ required: true, readOnly: true })], {
      texts,
      initialData: { event: { start: '18:00' } },
    });
    expect(field()).toBeRequired();
    await user.type(field(), '1');
    expect(field()).toHaveValue('18:00');
    await expectNoAxeViolations(container);
  });
});
