import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({ 'film.alt': ['Film: slik fyller du ut søknaden', 'Film: how to fill in the application'] });

const video = (captions?: Record<string, string>) =>
  formOf(
    [
      {
        id: 'film',
        type: 'Video',
        video: { src: { nb: '/media/film.mp4' }, ...(captions ? { captions } : {}) },
        textResourceBindings: { altText: 'film.alt' },
      },
    ],
    { texts },
  );

const meta = {
  title: 'Components/Video',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: video() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Player: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('video')).toHaveAttribute(
      'aria-label',
      'Film: slik fyller du ut søknaden',
    );
  },
};

/** With a captions track in the form's language. */
export const WithCaptions: Story = {
  args: { layoutSet: video({ nb: '/media/film.nb.vtt', en: '/media/film.en.vtt' }) },
  play: async ({ canvasElement }) => {
    const track = canvasElement.querySelector('track');
    await expect(track).toHaveAttribute('kind', 'captions');
    await expect(track).toHaveAttribute('srclang', 'nb');
  },
};
