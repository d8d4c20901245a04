import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

describe('UnknownComponent', () => {
  it('names the unknown type, the component id and the layout file, and the rest of the page still works', async () => {
    const { container, user, submitted } = renderForm(
      [
        { id: 'fancy-map', type: 'FancyWidget', textResourceBindings: { title: 'map.title' } },
        {
          id: 'event-place',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'event.place' },
          textResourceBindings: { title: 'place.title' },
        },
      ],
      { texts: { nb: nb({ 'map.title': 'Kart', 'place.title': 'Sted' }) }, withSubmit: true },
    );
    expect(screen.getByRole('heading', { name: 'Ukjent komponenttype «FancyWidget»' })).toBeInTheDocument();
    expect(
      screen.getByText('Komponenten fancy-map i App/ui/story/layouts/page1.json kan ikke vises.'),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.type(screen.getByRole('textbox', { name: 'Sted' }), 'Torget');
    expect(await submitted()).toEqual({ event: { place: 'Torget' } });
  });

  it('is in English when the form is', () => {
    renderForm([{ id: 'fancy-map', type: 'FancyWidget' }], { texts: { nb: [], en: [] }, language: 'en' });
    expect(screen.getByRole('heading', { name: 'Unknown component type “FancyWidget”' })).toBeInTheDocument();
    expect(
      screen.getByText('The component fancy-map in App/ui/story/layouts/page1.json cannot be displayed.'),
    ).toBeInTheDocument();
  });

  it('names the page file of the page the component is on', () => {
    renderForm([], {
      pages: { first: [{ id: 'ok', type: 'Paragraph' }], second: [{ id: 'gauge', type: 'Gauge' }] },
      hiddenPages: { first: true },
    });
    expect(
      screen.getByText('Komponenten gauge i App/ui/story/layouts/second.json kan ikke vises.'),
    ).toBeInTheDocument();
  });
});
