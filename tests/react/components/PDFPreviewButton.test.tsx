import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { failingServices } from '../../../stories/support/withFailingServices.tsx';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: nb({ 'preview.title': 'Se søknaden som PDF' }) };
const button = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'preview',
  type: 'PDFPreviewButton',
  buttonStyle: 'primary',
  ...extra,
});

afterEach(() => vi.restoreAllMocks());

describe('PDFPreviewButton', () => {
  it('opens the preview in a new tab and says so', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const services = createInMemoryFormServices({ pdfPreviewUrl: '/instances/1/pdf-preview' });
    const { user, container } = renderWithServices(
      [button({ textResourceBindings: { title: 'preview.title' } })],
      services,
      {
        texts,
      },
    );
    await user.click(screen.getByRole('button', { name: 'Se søknaden som PDF' }));
    expect(open).toHaveBeenCalledWith('/instances/1/pdf-preview', '_blank', 'noopener');
    expect(await screen.findByText('Forhåndsvisningen er åpnet i en ny fane.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says when no preview can be made here', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderWithServices([button()], createInMemoryFormServices(), { texts });
    await user.click(screen.getByRole('button', { name: 'Forhåndsvis PDF' }));
    expect(await screen.findByText('Forhåndsvisning av PDF er ikke tilgjengelig her.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Forhåndsvis PDF' })).toHaveAccessibleDescription(
      'Forhåndsvisning av PDF er ikke tilgjengelig her.',
    );
    expect(open).not.toHaveBeenCalled();
  });

  it('never opens a javascript: URL', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderWithServices(
      [button()],
      createInMemoryFormServices({ pdfPreviewUrl: 'javascript:alert(1)' }),
      { texts },
    );
    await user.click(screen.getByRole('button', { name: 'Forhåndsvis PDF' }));
    expect(await screen.findByText('Forhåndsvisning av PDF er ikke tilgjengelig her.')).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
  });

  it('shows an error when the server fails', async () => {
    const { user } = renderWithServices([button()], failingServices({}, ['fetchPdfPreviewUrl']), { texts });
    await user.click(screen.getByRole('button', { name: 'Forhåndsvis PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vi fikk ikke laget forhåndsvisningen. Prøv igjen.');
  });
});
