import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({ 'guide.alt': ['Veiledning til skjemaet, lest opp', 'Spoken guide to the form'] });

const meta = {
  title: 'Components/Audio',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [
        {
          id: 'guide',
          type: 'Audio',
          audio: { src: { nb: '/media/veiledning.mp3', en: '/media/guide.mp3' } },
          textResourceBindings: { altText: 'guide.alt' },
        },
      ],
      { texts },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A player with controls, named by its alt text. */
export const Player: Story = {
  play: async ({ canvasElement }) => {
    const player = canvasElement.querySelector('audio');
    await expect(player).toHaveAttribute('controls');
    await expect(player).toHaveAttribute('aria-label', 'Veiledning til skjemaet, lest opp');
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('audio')).toHaveAttribute('src', '/media/guide.mp3');
  },
};
