import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({ 'logo.title': ['Logo for arrangementet', 'Event logo'] });

const logo = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'logo',
  type: 'ImageUpload',
  dataModelBindings: { simpleBinding: 'event.logo' },
  textResourceBindings: { title: 'logo.title' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([logo(extra)], { texts });
// A 1×1 transparent PNG, so the story needs no network.
const pixel =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const uploaded = withServices({
  attachments: [
    { id: 'img1', dataType: 'logo', filename: 'logo.png', size: 68, contentType: 'image/png', tags: [], url: pixel },
  ],
});

const meta = {
  title: 'Components/ImageUpload',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(
      canvas.getByLabelText('Logo for arrangementet'),
      new File(['png'], 'logo.png', { type: 'image/png' }),
    );
    await expect(await canvas.findByRole('button', { name: 'Slett logo.png' })).toBeVisible();
  },
};

export const Filled: Story = {
  decorators: [uploaded],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('img', { name: 'Forhåndsvisning av logo.png' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText(/Logo/)).toHaveAttribute('aria-required', 'true');
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }) },
  decorators: [uploaded],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Slett logo.png' })).toBeNull();
  },
};
