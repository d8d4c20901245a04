import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'place.title': 'Hvor er scenen?' }) };

function place(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'place',
    type: 'Map',
    zoom: 12,
    dataModelBindings: { simpleBinding: 'event.location' },
    textResourceBindings: { title: 'place.title' },
    ...extra,
  };
}

describe('Map', () => {
  it('says no location is chosen and has no map link while empty', async () => {
    const { container } = renderForm([place()], { texts });
    expect(screen.getByText('Ingen posisjon er valgt.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows a typed position and links to it on a map in a new tab', async () => {
    const { user, submitted } = renderForm([place()], { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: 'Hvor er scenen?' }), '59.9139,10.7522');
    expect(screen.getByText('Posisjon: 59.9139, 10.7522')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Vis i kart (åpnes i ny fane)' });
    expect(link).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=59.9139&mlon=10.7522#map=12/59.9139/10.7522',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(await submitted()).toEqual({ event: { location: '59.9139,10.7522' } });
  });

  it('is read-only and required when the layout says so', async () => {
    const { user, container } = renderForm([place({ readOnly: true, required: true })], {
      texts,
      initialData: { event: { location: '69.6492,18.9553' } },
    });
    const input = screen.getByRole('textbox', { name: 'Hvor er scenen?' });
    expect(input).toBeRequired();
    await user.type(input, '1');
    expect(input).toHaveValue('69.6492,18.9553');
    await expectNoAxeViolations(container);
  });
});
