import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'attachments.title': ['Vedlegg', 'Attachments'],
  'tag.title': ['Type vedlegg', 'Attachment type'],
  'tag.map': ['Kart', 'Map'],
  'tag.plan': ['Plantegning', 'Floor plan'],
});

const upload = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'attachments',
  type: 'FileUploadWithTag',
  displayMode: 'list',
  maxFileSizeInMB: 10,
  maxNumberOfAttachments: 5,
  minNumberOfAttachments: 0,
  dataModelBindings: { list: 'event.attachments' },
  textResourceBindings: { title: 'attachments.title', tagTitle: 'tag.title' },
  options: [
    { value: 'map', label: 'tag.map' },
    { value: 'plan', label: 'tag.plan' },
  ],
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([upload(extra)], { texts });
const uploaded = withServices({
  attachments: [
    {
      id: 'a1',
      dataType: 'attachments',
      filename: 'kart.pdf',
      size: 245000,
      contentType: 'application/pdf',
      tags: ['map'],
    },
  ],
});

const meta = {
  title: 'Components/FileUploadWithTag',
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
      canvas.getByLabelText('Vedlegg'),
      new File(['%PDF'], 'plan.pdf', { type: 'application/pdf' }),
    );
    const tag = await canvas.findByRole('combobox', { name: 'Type vedlegg for plan.pdf' });
    await userEvent.selectOptions(tag, 'Plantegning');
    await expect(tag).toHaveValue('plan');
  },
};

export const Filled: Story = {
  decorators: [uploaded],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('combobox', { name: 'Type vedlegg for kart.pdf' })).toHaveValue(
      'map',
    );
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText(/Vedlegg/)).toHaveAttribute('aria-required', 'true');
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }) },
  decorators: [uploaded],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('kart.pdf')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Slett kart.pdf' })).toBeNull();
  },
};
