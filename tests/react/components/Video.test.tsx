import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'film.alt': 'Slik fyller du ut søknaden' }) };
const video = (extra: Record<string, unknown> = {}) => ({
  id: 'film',
  type: 'Video',
  video: { src: { nb: 'https://example.no/film.mp4' }, ...extra },
  textResourceBindings: { altText: 'film.alt' },
});

describe('Video', () => {
  it('plays the video for the language, named by its alt text', async () => {
    const { container } = renderForm([video()], { texts });
    const player = container.querySelector('video');
    expect(player).toHaveAttribute('src', 'https://example.no/film.mp4');
    expect(player).toHaveAccessibleName('Slik fyller du ut søknaden');
    expect(container.querySelector('track')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('adds a captions track in the form language when captions are given', () => {
    const { container } = renderForm([video({ captions: { nb: 'https://example.no/film.nb.vtt' } })], { texts });
    const track = container.querySelector('track');
    expect(track).toHaveAttribute('kind', 'captions');
    expect(track).toHaveAttribute('src', 'https://example.no/film.nb.vtt');
    expect(track).toHaveAttribute('srclang', 'nb');
  });
});
