import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'embed.html': [
    '<html lang="nb"><head><title>Åpningstider</title></head><body><h1>Åpningstider</h1><p>Torget er åpent kl. 08–22.</p></body></html>',
    '<html lang="en"><head><title>Opening hours</title></head><body><h1>Opening hours</h1><p>The square is open 8 am to 10 pm.</p></body></html>',
  ],
});

const meta = {
  title: 'Components/IFrame',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([{ id: 'embed', type: 'IFrame', textResourceBindings: { title: 'embed.html' } }], { texts }),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** App HTML in a frame with every sandbox restriction on. */
export const Sandboxed: Story = {
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector('iframe');
    await expect(frame).toHaveAttribute('sandbox', '');
    await expect(frame).toHaveAttribute('title', 'Innebygd innhold');
  },
};

/** Popups allowed, as `sandbox` asks; nothing else. */
export const PopupsAllowed: Story = {
  args: {
    layoutSet: formOf(
      [
        {
          id: 'embed',
          type: 'IFrame',
          sandbox: { allowPopups: true },
          textResourceBindings: { title: 'embed.html' },
        },
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('iframe')).toHaveAttribute('sandbox', 'allow-popups');
  },
};
