import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: nb({ 'logo.title': 'Logo for arrangementet' }) };

function logo(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'logo',
    type: 'ImageUpload',
    dataModelBindings: { simpleBinding: 'event.logo' },
    textResourceBindings: { title: 'logo.title' },
    ...extra,
  };
}

const png = new File(['png'], 'logo.png', { type: 'image/png' });

describe('ImageUpload', () => {
  it('takes one image and stores its id', async () => {
    const { user, submitted, container } = renderForm([logo()], { texts, withSubmit: true });
    const input = screen.getByLabelText('Logo for arrangementet');
    expect(input).toHaveAttribute('accept', 'image/*');
    expect(input).not.toHaveAttribute('multiple');
    await user.upload(input, png);
    expect(await screen.findByRole('button', { name: 'Slett logo.png' })).toBeInTheDocument();
    // One image is all it holds, so the file input is gone.
    expect(screen.queryByLabelText('Logo for arrangementet')).toBeNull();
    expect(await submitted()).toEqual({ event: { logo: 'attachment-1' } });
    await expectNoAxeViolations(container);
  });

  it('previews an uploaded image with a text alternative, read-only without delete', async () => {
    const services = createInMemoryFormServices({
      attachments: [
        {
          id: 'img1',
          dataType: 'logo',
          filename: 'logo.png',
          size: 4000,
          contentType: 'image/png',
          tags: [],
          url: 'https://example.no/logo.png',
        },
      ],
    });
    const { container } = renderWithServices([logo({ readOnly: true })], services, { texts });
    expect(await screen.findByRole('img', { name: 'Forhåndsvisning av logo.png' })).toHaveAttribute(
      'src',
      'https://example.no/logo.png',
    );
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it.each(['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/x.png'])(
    'shows no preview of a file whose address is %s',
    async (url) => {
      const services = createInMemoryFormServices({
        attachments: [
          { id: 'img1', dataType: 'logo', filename: 'logo.png', size: 4000, contentType: 'image/png', tags: [], url },
        ],
      });
      renderWithServices([logo({ readOnly: true })], services, { texts });
      expect(await screen.findByText('logo.png')).toBeInTheDocument();
      expect(screen.queryByRole('img')).toBeNull();
    },
  );
});

describe('ImageUpload crop', () => {
  let context: Record<'beginPath' | 'arc' | 'clip' | 'drawImage', ReturnType<typeof vi.fn>>;
  beforeEach(() => {
    context = { beginPath: vi.fn(), arc: vi.fn(), clip: vi.fn(), drawImage: vi.fn() };
    // jsdom draws nothing: the canvas is a recording stand-in; the stories check real pixels in Chromium.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
      () => context as unknown as CanvasRenderingContext2D,
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) =>
      done(new Blob(['cropped'], { type: 'image/png' })),
    );
  });
  afterEach(() => vi.restoreAllMocks());

  /** A placement in percent of the frame, to two decimals. */
  const percent = (value: string) => Math.round(parseFloat(value) * 100) / 100;

  const banner = new File(['not really a png'], 'banner.jpg', { type: 'image/jpeg' });

  /** Chooses the file and plays the browser's part: the image loads with the given natural size. */
  async function choose(user: ReturnType<typeof renderWithServices>['user'], width = 400, height = 200) {
    await user.upload(screen.getByLabelText('Logo for arrangementet'), banner);
    const frame = screen.getByRole('application', { name: 'Beskjæringsramme for banner.jpg' });
    const image = await waitFor(() => {
      const found = frame.querySelector('img');
      if (!found) throw new Error('no image yet');
      return found;
    });
    Object.defineProperty(image, 'naturalWidth', { value: width });
    Object.defineProperty(image, 'naturalHeight', { value: height });
    fireEvent.load(image);
    return { frame, image };
  }

  it('frames the chosen image first and uploads only the framed circle, as a PNG', async () => {
    const services = createInMemoryFormServices();
    const upload = vi.spyOn(services, 'uploadAttachment');
    const { user, submitted, container } = renderWithServices(
      [logo({ crop: { shape: 'circle', diameter: 100 } })],
      services,
      { texts, withSubmit: true },
    );
    const { frame, image } = await choose(user);
    expect(upload).not.toHaveBeenCalled();
    expect(frame).toHaveFocus();
    expect(frame).toHaveAccessibleDescription(/Flytt bildet med piltastene/);
    // 400×200 covers 100×100 at half size: 200×100, centred.
    expect(percent(image.style.left)).toBe(-50);
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    const [file] = upload.mock.calls[0];
    expect([file.filename, file.contentType, file.data.type]).toEqual(['banner.png', 'image/png', 'image/png']);
    expect(context.arc).toHaveBeenCalledWith(50, 50, 50, 0, Math.PI * 2);
    expect(context.clip).toHaveBeenCalled();
    expect(context.drawImage).toHaveBeenCalledWith(image, -50, 0, 200, 100);
    expect(screen.queryByRole('application')).toBeNull();
    expect(await submitted()).toEqual({ event: { logo: 'attachment-1' } });
    await expectNoAxeViolations(container);
  });

  it('moves with the arrow keys and zooms with + and − or the slider, keeping the frame covered', async () => {
    const services = createInMemoryFormServices();
    const upload = vi.spyOn(services, 'uploadAttachment');
    const { user } = renderWithServices([logo({ crop: { shape: 'rectangle', width: 200, height: 100 } })], services, {
      texts,
    });
    const { image } = await choose(user);
    const zoom = screen.getByRole('slider', { name: 'Zoom' });
    // Just covering: no room to move yet.
    await user.keyboard('{ArrowLeft}');
    expect(percent(image.style.left)).toBe(0);
    await user.keyboard('+');
    expect(zoom).toHaveValue('110');
    fireEvent.change(zoom, { target: { value: '200' } });
    // Zoomed about the centre: 400×200 shown in 200×100, so x = 100 − 200 = −100.
    expect(percent(image.style.left)).toBe(-50);
    await user.click(screen.getByRole('application'));
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(percent(image.style.left)).toBe(-55);
    expect(percent(image.style.top)).toBe(-60);
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(percent(image.style.left)).toBe(-100);
    await user.keyboard('-');
    expect(zoom).toHaveValue('190');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    expect(context.arc).not.toHaveBeenCalled();
    const [, x, , width, height] = context.drawImage.mock.calls[0] as number[];
    expect([Math.round(width), Math.round(height)]).toEqual([380, 190]);
    expect(x).toBeCloseTo(200 - 380);
  });

  it('uploads nothing when cancelled, and says so when the image cannot be read', async () => {
    const services = createInMemoryFormServices();
    const upload = vi.spyOn(services, 'uploadAttachment');
    const { user } = renderWithServices([logo({ crop: { shape: 'circle' } })], services, { texts });
    await choose(user);
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('application')).toBeNull();
    expect(upload).not.toHaveBeenCalled();
    await user.upload(screen.getByLabelText('Logo for arrangementet'), banner);
    const image = await waitFor(() => {
      const found = screen.getByRole('application').querySelector('img');
      if (!found) throw new Error('no image yet');
      return found;
    });
    fireEvent.error(image);
    expect(
      screen.getByText('Bildet banner.jpg kunne ikke leses. Velg et annet bilde.').closest('[role="alert"]'),
    ).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Lagre' })).toBeDisabled();
  });
});
