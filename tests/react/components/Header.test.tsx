import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({ 'event.header': 'Om arrangementet', 'event.place': 'Sted og **tidspunkt**', 'event.parking': 'Parkering' }),
};

describe('Header', () => {
  it('maps the sizes L, M and S to heading levels 2, 3 and 4 under the form title', async () => {
    const { container } = renderForm(
      [
        { id: 'event-header', type: 'Header', size: 'L', textResourceBindings: { title: 'event.header' } },
        { id: 'place-header', type: 'Header', size: 'M', textResourceBindings: { title: 'event.place' } },
        { id: 'parking-header', type: 'Header', size: 'S', textResourceBindings: { title: 'event.parking' } },
      ],
      { texts },
    );
    expect(screen.getAllByRole('heading').map((heading) => [heading.tagName, heading.textContent])).toEqual([
      ['H1', 'story'],
      ['H2', 'Om arrangementet'],
      ['H3', 'Sted og tidspunkt'],
      ['H4', 'Parkering'],
    ]);
    // Each a step smaller than the one above, the form title largest (sizes measured in tests/browser/headings).
    expect(screen.getAllByRole('heading').map((heading) => heading.dataset.size)).toEqual(['lg', 'md', 'sm', 'xs']);
    await expectNoAxeViolations(container);
  });

  it('accepts the h2/h3/h4 spelling of the sizes', () => {
    renderForm(
      [
        { id: 'event-header', type: 'Header', size: 'h2', textResourceBindings: { title: 'event.header' } },
        { id: 'place-header', type: 'Header', size: 'h3', textResourceBindings: { title: 'event.place' } },
        { id: 'parking-header', type: 'Header', size: 'h4', textResourceBindings: { title: 'event.parking' } },
      ],
      { texts },
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Om arrangementet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Sted og tidspunkt' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Parkering' })).toBeInTheDocument();
  });

  it('is known by its v9 name Heading too', () => {
    renderForm([{ id: 'event-header', type: 'Heading', size: 'L', textResourceBindings: { title: 'event.header' } }], {
      texts,
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Om arrangementet' })).toBeInTheDocument();
  });

  it('is a level 2 heading when no size is given', () => {
    renderForm([{ id: 'event-header', type: 'Header', textResourceBindings: { title: 'event.header' } }], { texts });
    expect(screen.getByRole('heading', { level: 2, name: 'Om arrangementet' })).toBeInTheDocument();
  });

  it('renders bold text in the title', () => {
    renderForm([{ id: 'place', type: 'Header', size: 'M', textResourceBindings: { title: 'event.place' } }], {
      texts,
    });
    const heading = screen.getByRole('heading', { level: 3, name: 'Sted og tidspunkt' });
    expect(heading.querySelector('strong')).toHaveTextContent('tidspunkt');
  });

  it('renders nothing without a title', () => {
    renderForm([{ id: 'empty', type: 'Header', size: 'L' }]);
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });
});
