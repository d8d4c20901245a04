import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

// Files on the Storybook's own site (see .storybook/main.ts staticDirs), so the stories need no
// network; images never load from data: URLs (isSafeMediaUrl).
const TORGET = '/stories/assets/torget.svg';
const SQUARE = '/stories/assets/square.svg';

const texts = textsOf({
  'map.alt': ['Kart over torget', 'Map of the square'],
  'map.help': [
    'Inngangen til arrangementet er midt på torget.',
    'The entrance to the event is in the middle of the square.',
  ],
});

const image = (align: string, width: string): RawComponent => ({
  id: `map-${align}`,
  type: 'Image',
  image: { src: { nb: TORGET, en: SQUARE }, width, align },
  textResourceBindings: { altTextImg: 'map.alt' },
});

const meta = {
  title: 'Components/Image',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([image('flex-start', '100%')], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FullWidth: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Kart over torget' })).toBeVisible();
  },
};

/** Half width, centred. */
export const Centred: Story = {
  args: { layoutSet: formOf([image('center', '50%')], { texts }) },
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole('img', { name: 'Kart over torget' });
    const box = img.parentElement?.getBoundingClientRect();
    const own = img.getBoundingClientRect();
    await expect(Math.abs(own.left - (box?.left ?? 0) - ((box?.right ?? 0) - own.right))).toBeLessThan(2);
  },
};

/** The English source and alt text. */
export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Map of the square' })).toBeVisible();
  },
};

/** A help text behind the button beside the image, opened. */
export const WithHelp: Story = {
  args: {
    layoutSet: formOf(
      [{ ...image('flex-start', '50%'), textResourceBindings: { altTextImg: 'map.alt', help: 'map.help' } }],
      {
        texts,
      },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Hjelp til Kart over torget' }));
    await expect(canvas.getByText('Inngangen til arrangementet er midt på torget.')).toBeVisible();
  },
};
