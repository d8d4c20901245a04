import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const image = {
  id: 'map',
  type: 'Image',
  image: {
    src: { nb: 'https://example.no/kart.png', en: 'https://example.no/map.png' },
    width: '50%',
    align: 'center',
  },
  textResourceBindings: { altTextImg: 'map.alt' },
};
const texts = {
  nb: nb({ 'map.alt': 'Kart over torget' }),
  en: [{ id: 'map.alt', value: 'Map of the square' }],
};

describe('Image', () => {
  it('shows the image for the language with its alt text, width and alignment', async () => {
    const { container } = renderForm([image], { texts });
    const img = screen.getByRole('img', { name: 'Kart over torget' });
    expect(img).toHaveAttribute('src', 'https://example.no/kart.png');
    expect(img).toHaveStyle({ width: '50%' });
    expect(container.querySelector('#map')).toHaveStyle({ justifyContent: 'center' });
    await expectNoAxeViolations(container);
  });

  it('switches source and alt text with the language', () => {
    renderForm([image], { texts, language: 'en' });
    expect(screen.getByRole('img', { name: 'Map of the square' })).toHaveAttribute('src', 'https://example.no/map.png');
  });

  it('falls back to nb for other languages, and is decorative without alt text', async () => {
    const { container } = renderForm(
      [{ ...image, image: { ...image.image, src: { nb: 'https://example.no/kart.png' } }, textResourceBindings: {} }],
      { texts, language: 'en' },
    );
    const img = container.querySelector('img');
    expect(img).toHaveAttribute('src', 'https://example.no/kart.png');
    expect(img).toHaveAttribute('alt', '');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('opens its help text from a button beside the image', async () => {
    const { container, user } = renderForm(
      [{ ...image, textResourceBindings: { altTextImg: 'map.alt', help: 'map.help' } }],
      {
        texts: { nb: nb({ 'map.alt': 'Kart over torget', 'map.help': 'Inngangen er merket med rødt.' }) },
      },
    );
    const button = screen.getByRole('button', { name: 'Hjelp til Kart over torget' });
    expect(screen.queryByText('Inngangen er merket med rødt.')).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Inngangen er merket med rødt.')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it("shows sources from the web or the app's own site, never javascript:, data: or another site by //", () => {
    const shown = (src: string) => {
      const { container, unmount } = renderForm([{ ...image, image: { ...image.image, src: { nb: src } } }], {
        texts,
      });
      const found = container.querySelector('img')?.getAttribute('src') ?? null;
      unmount();
      return found;
    };
    for (const safe of ['https://example.no/kart.png', 'assets/kitten.jpg', '/ttd/app/images/logo.svg']) {
      expect(shown(safe)).toBe(safe);
    }
    for (const unsafe of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      '//evil.example/x.png',
      '/\\evil.example/x.png',
      'vbscript:msgbox(1)',
    ]) {
      expect(shown(unsafe)).toBeNull();
    }
  });
});
