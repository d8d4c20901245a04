import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const audio = {
  id: 'guide',
  type: 'Audio',
  audio: { src: { nb: 'https://example.no/veiledning.mp3', en: 'https://example.no/guide.mp3' } },
  textResourceBindings: { altText: 'guide.alt' },
};
const texts = { nb: nb({ 'guide.alt': 'Veiledning til skjemaet' }), en: [{ id: 'guide.alt', value: 'Guide' }] };

describe('Audio', () => {
  it('plays the recording for the language, named by its alt text', async () => {
    const { container } = renderForm([audio], { texts });
    const player = container.querySelector('audio');
    expect(player).toHaveAttribute('src', 'https://example.no/veiledning.mp3');
    expect(player).toHaveAttribute('controls');
    expect(player).toHaveAccessibleName('Veiledning til skjemaet');
    await expectNoAxeViolations(container);
  });

  it('switches recording with the language', () => {
    const { container } = renderForm([audio], { texts, language: 'en' });
    expect(container.querySelector('audio')).toHaveAttribute('src', 'https://example.no/guide.mp3');
  });

  it('renders nothing without a source', () => {
    const { container } = renderForm([{ id: 'guide', type: 'Audio' }]);
    expect(container.querySelector('audio')).toBeNull();
  });
});
