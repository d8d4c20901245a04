import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'small.title': 'Lite arrangement',
    'small.description': 'Under 100 deltakere.',
    'small.footer': 'Behandles innen en uke.',
    'large.title': 'Stort arrangement',
    'count.title': 'Antall deltakere',
    'pic.alt': 'Illustrasjon av en scene',
  }),
};

const PICTURE = '/images/stage.svg';

function cards(extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    {
      id: 'kinds',
      type: 'Cards',
      color: 'neutral',
      cards: [
        {
          title: 'small.title',
          description: 'small.description',
          footer: 'small.footer',
          media: 'pic',
          children: ['count'],
        },
        { title: 'large.title', children: [] },
      ],
      ...extra,
    },
    { id: 'pic', type: 'Image', image: { src: { nb: PICTURE } }, textResourceBindings: { altTextImg: 'pic.alt' } },
    {
      id: 'count',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'count' },
      textResourceBindings: { title: 'count.title' },
    },
  ];
}

describe('Cards', () => {
  it('lists the cards with title, description, media, components and footer', async () => {
    const { container } = renderForm(cards(), { texts });
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('heading', { level: 2, name: 'Lite arrangement' })).toBeInTheDocument();
    expect(within(items[0]).getByText('Under 100 deltakere.')).toBeInTheDocument();
    expect(within(items[0]).getByRole('img', { name: 'Illustrasjon av en scene' })).toBeInTheDocument();
    expect(within(items[0]).getByRole('textbox', { name: 'Antall deltakere' })).toBeInTheDocument();
    expect(within(items[0]).getByText('Behandles innen en uke.')).toBeInTheDocument();
    expect(within(items[1]).getByRole('heading', { name: 'Stort arrangement' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('puts the media last with mediaPosition bottom and applies color and sizes', () => {
    const { container } = renderForm(
      cards({ mediaPosition: 'bottom', color: 'subtle', minWidth: '300px', minMediaHeight: '80px' }),
      {
        texts,
      },
    );
    const card = container.querySelector('.ds-card') as HTMLElement;
    expect(card).toHaveAttribute('data-variant', 'tinted');
    const blocks = Array.from(card.children);
    expect(blocks.findIndex((block) => block.querySelector('img'))).toBeGreaterThan(0);
    expect(container.querySelector('.skjema-card-media')).toHaveStyle({ minHeight: '80px' });
    expect(
      (container.querySelector('.skjema-cards') as HTMLElement).style.getPropertyValue('--skjema-card-min-width'),
    ).toBe('300px');
  });

  it('stores what is typed in a card', async () => {
    const { user, submitted } = renderForm(cards(), { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: 'Antall deltakere' }), '40');
    expect(await submitted()).toEqual({ count: '40' });
  });
});
