import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
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
// A picture on the Storybook's own site: previews show only web or same-site images, never data: URLs.
const pixel = '/stories/assets/square.svg';
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

/** A 400×200 PNG: red left half, blue right half, so a crop can be told by its colours. */
async function twoColourPng(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 200;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, 200, 200);
  context.fillStyle = '#0000ff';
  context.fillRect(200, 0, 200, 200);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'banner.png', { type: 'image/png' });
}

/** The pixels of a loaded image, read back through a canvas. */
async function pixelsOf(image: HTMLImageElement) {
  await waitFor(() => expect(image.complete && image.naturalWidth > 0).toBe(true));
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return {
    width: image.naturalWidth,
    height: image.naturalHeight,
    at: (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data],
  };
}

/** `crop` circle: the frame shows first; Save uploads the circle as a PNG of the diameter, corners transparent. */
export const CropCircle: Story = {
  args: { layoutSet: form({ crop: { shape: 'circle', diameter: 160 } }) },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText('Logo for arrangementet'), await twoColourPng());
    const frame = await canvas.findByRole('application', { name: 'Beskjæringsramme for banner.png' });
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Lagre' })).toBeEnabled());
    await expect(frame).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Lagre' }));
    // Cropping and encoding the image may take longer than findBy's default second on a busy machine.
    const preview = await canvas.findByRole('img', { name: 'Forhåndsvisning av banner.png' }, { timeout: 5000 });
    const pixels = await pixelsOf(preview as HTMLImageElement);
    await expect([pixels.width, pixels.height]).toEqual([160, 160]);
    await expect(pixels.at(0, 0)[3]).toBe(0);
    await expect(pixels.at(80, 80)[3]).toBe(255);
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Slett banner.png' })).toHaveFocus());
  },
};

/** `crop` rectangle with the keyboard: arrow keys move the image, + zooms, the result has the frame's size. */
export const CropRectangle: Story = {
  args: { layoutSet: form({ crop: { shape: 'rectangle', width: 200, height: 100 } }) },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText('Logo for arrangementet'), await twoColourPng());
    await canvas.findByRole('application', { name: 'Beskjæringsramme for banner.png' });
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Lagre' })).toBeEnabled());
    await expect(canvas.getByRole('application')).toHaveFocus();
    // The 400×200 image just covers 200×100 at first, half red and half blue. Zoomed to twice that,
    // and moved left as far as it goes, the frame holds only its blue right half.
    await userEvent.keyboard('++++++++++');
    await expect(canvas.getByRole('slider', { name: 'Zoom' })).toHaveValue('200');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}');
    await userEvent.click(canvas.getByRole('button', { name: 'Lagre' }));
    const cropped = await canvas.findByRole('img', { name: /Forhåndsvisning/ }, { timeout: 5000 });
    const pixels = await pixelsOf(cropped as HTMLImageElement);
    await expect([pixels.width, pixels.height]).toEqual([200, 100]);
    await expect(pixels.at(10, 50)).toEqual([0, 0, 255, 255]);
  },
};

/** Cancel leaves nothing uploaded and the file input ready again. */
export const CropCancelled: Story = {
  args: { layoutSet: form({ crop: { shape: 'circle' } }) },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText('Logo for arrangementet'), await twoColourPng());
    await userEvent.click(await canvas.findByRole('button', { name: 'Avbryt' }));
    await expect(canvas.queryByRole('application')).toBeNull();
    await expect(canvas.queryByRole('img')).toBeNull();
    await waitFor(() => expect(canvas.getByLabelText('Logo for arrangementet')).toHaveFocus());
  },
};

/** A file that is no image: the cropper says so and offers nothing to save. */
export const CropUnreadable: Story = {
  args: { layoutSet: form({ crop: { shape: 'circle' } }) },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(
      canvas.getByLabelText('Logo for arrangementet'),
      new File(['not an image'], 'notes.png', { type: 'image/png' }),
    );
    await expect(await canvas.findByText('Bildet notes.png kunne ikke leses. Velg et annet bilde.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Lagre' })).toBeDisabled();
  },
};
