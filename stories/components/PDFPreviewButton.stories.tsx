import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({ 'preview.title': ['Se hvordan søknaden blir', 'See what the application looks like'] });

const button = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'preview',
  type: 'PDFPreviewButton',
  buttonStyle: 'secondary',
  ...extra,
});

const meta = {
  title: 'Components/PDFPreviewButton',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([button()], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Forhåndsvis PDF' })).toBeEnabled();
  },
};

export const PrimaryWithTitle: Story = {
  args: {
    layoutSet: formOf([button({ buttonStyle: 'primary', textResourceBindings: { title: 'preview.title' } })], {
      texts,
    }),
  },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Se hvordan søknaden blir' })).toBeVisible();
  },
};

export const Unavailable: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Forhåndsvis PDF' }));
    await expect(await canvas.findByText('Forhåndsvisning av PDF er ikke tilgjengelig her.')).toBeVisible();
  },
};

export const ServerError: Story = {
  decorators: [withFailingServices({}, ['fetchPdfPreviewUrl'])],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Forhåndsvis PDF' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Vi fikk ikke laget forhåndsvisningen. Prøv igjen.',
    );
  },
};
