import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({ 'print.title': ['Skriv ut kvitteringen', 'Print the receipt'] });

const meta = {
  title: 'Components/PrintButton',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([{ id: 'print', type: 'PrintButton' }], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The built-in title; pressing it opens the browser's print dialog (not pressed here). */
export const DefaultTitle: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Skriv ut / lagre som PDF' })).toBeEnabled();
  },
};

export const CustomTitle: Story = {
  args: {
    layoutSet: formOf([{ id: 'print', type: 'PrintButton', textResourceBindings: { title: 'print.title' } }], {
      texts,
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Skriv ut kvitteringen' })).toBeVisible();
  },
};
