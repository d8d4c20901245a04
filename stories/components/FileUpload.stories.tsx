import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import type { AttachmentUpload, UploadOptions } from '../../src/core/services/attachments.ts';
import { createInMemoryFormServices } from '../../src/core/services/inMemoryFormServices.ts';
import { FormServicesProvider } from '../../src/react/context/FormServices.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'attachments.title': ['Situasjonskart', 'Site map'],
  'attachments.description': ['Last opp et kart som viser hvor arrangementet skal være.', 'Upload a map of the site.'],
});

const upload = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'attachments',
  type: 'FileUpload',
  displayMode: 'list',
  maxFileSizeInMB: 10,
  maxNumberOfAttachments: 3,
  minNumberOfAttachments: 0,
  hasCustomFileEndings: true,
  validFileEndings: ['.pdf', '.png', '.jpg'],
  dataModelBindings: { list: 'event.attachments' },
  textResourceBindings: { title: 'attachments.title', description: 'attachments.description' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([upload(extra)], { texts });
const uploaded = {
  attachments: [
    { id: 'a1', dataType: 'attachments', filename: 'kart.pdf', size: 245000, contentType: 'application/pdf', tags: [] },
  ],
};

const meta = {
  title: 'Components/FileUpload',
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
      canvas.getByLabelText('Situasjonskart'),
      new File(['%PDF'], 'kart.pdf', { type: 'application/pdf' }),
    );
    await expect(await canvas.findByRole('button', { name: 'Slett kart.pdf' })).toBeVisible();
  },
};

/**
 * The chooser is a button in the form's language (the browser's own says "Choose Files" in the
 * browser's): reached with Tab, it shows the focus ring on the button the user sees.
 */
export const ChooserFocused: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Situasjonskart');
    for (let tabs = 0; tabs < 10 && document.activeElement !== input; tabs++) await userEvent.tab();
    await expect(input).toHaveFocus();
    const chooser = canvas.getByText('Velg filer');
    await expect(chooser).toBeVisible();
    await expect(getComputedStyle(chooser).outlineStyle).toBe('solid');
  },
};

/** Services whose uploads stop at 40 % and never finish, to show the progress bar. */
const withSlowUploads: Decorator = function SlowUploadsDecorator(Story) {
  const [services] = useState(() => ({
    ...createInMemoryFormServices(),
    uploadAttachment: (upload: AttachmentUpload, options?: UploadOptions) => {
      const total = upload.data.size;
      options?.onProgress?.({ loaded: Math.round(total * 0.4), total });
      return new Promise<never>(() => {});
    },
  }));
  return (
    <FormServicesProvider services={services}>
      <Story />
    </FormServicesProvider>
  );
};

export const Uploading: Story = {
  decorators: [withSlowUploads],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(
      canvas.getByLabelText('Situasjonskart'),
      new File(['x'.repeat(100_000)], 'kart.pdf', { type: 'application/pdf' }),
    );
    const progress = await canvas.findByRole('progressbar', { name: 'Laster opp …' });
    await expect(progress).toHaveAttribute('value', '40000');
  },
};

export const Filled: Story = {
  decorators: [withServices(uploaded)],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table', { name: 'Opplastede filer' })).toBeVisible();
  },
};

/** Files whose virus scan is still running, and one found infected (it blocks the submission). */
export const VirusScan: Story = {
  decorators: [
    withServices({
      attachments: [
        { ...uploaded.attachments[0]!, fileScanResult: 'Pending' as const },
        { ...uploaded.attachments[0]!, id: 'a2', filename: 'bilde.pdf', fileScanResult: 'Infected' as const },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('cell', { name: /kart\.pdf/ })).toHaveTextContent('Sjekkes for virus');
    await expect(canvas.getByRole('cell', { name: /bilde\.pdf/ })).toHaveTextContent('Inneholder virus');
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText(/Situasjonskart/)).toHaveAttribute('aria-required', 'true');
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }) },
  decorators: [withServices(uploaded)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('kart.pdf')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Slett kart.pdf' })).toBeNull();
  },
};

/** `displayMode: "simple"`: a plain list instead of a table. */
export const Simple: Story = {
  args: { layoutSet: form({ displayMode: 'simple' }), language: 'en' },
  decorators: [withServices(uploaded)],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('list', { name: 'Uploaded files' })).toBeVisible();
  },
};

/** FileUploadWithTag: each file gets a category. */
export const WithTags: Story = {
  args: {
    layoutSet: formOf(
      [
        upload({
          id: 'attachments',
          type: 'FileUploadWithTag',
          textResourceBindings: { title: 'attachments.title', tagTitle: 'tag.title' },
          options: [
            { value: 'map', label: 'tag.map' },
            { value: 'plan', label: 'tag.plan' },
          ],
        }),
      ],
      {
        texts: textsOf({
          'attachments.title': ['Vedlegg', 'Attachments'],
          'tag.title': ['Type vedlegg', 'Attachment type'],
          'tag.map': ['Kart', 'Map'],
          'tag.plan': ['Plantegning', 'Floor plan'],
        }),
      },
    ),
  },
  decorators: [withServices(uploaded)],
  play: async ({ canvasElement }) => {
    const tag = await within(canvasElement).findByRole('combobox', { name: 'Type vedlegg for kart.pdf' });
    await userEvent.selectOptions(tag, 'Kart');
    await expect(tag).toHaveValue('map');
  },
};
