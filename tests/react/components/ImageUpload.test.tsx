import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/react/services/inMemoryFormServices.ts';
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
});
