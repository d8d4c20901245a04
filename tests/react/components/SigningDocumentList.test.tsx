import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/react/services/inMemoryFormServices.ts';
import { documents } from '../../../stories/support/signingSeed.ts';
import { failingServices } from '../../../stories/support/withFailingServices.tsx';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: nb({ 'docs.title': 'Dette signerer du', 'docs.description': 'Les dem først.' }) };
const list: RawComponent = {
  id: 'docs',
  type: 'SigningDocumentList',
  textResourceBindings: { title: 'docs.title', description: 'docs.description' },
};

describe('SigningDocumentList', () => {
  it('lists the documents with download links, type and size', async () => {
    const { container } = renderWithServices([list], createInMemoryFormServices({ signingDocuments: documents }), {
      texts,
    });
    const table = await screen.findByRole('table', { name: 'Dette signerer du' });
    expect(screen.getByText('Les dem først.')).toBeInTheDocument();
    const [, pdf, image] = within(table).getAllByRole('row');
    expect(within(pdf).getByRole('link', { name: 'soknad.pdf' })).toHaveAttribute('download', 'soknad.pdf');
    expect(within(pdf).getAllByRole('cell')[2]).toHaveTextContent(/^47\skB$/);
    expect(within(image).queryByRole('link')).toBeNull();
    expect(within(image).getAllByRole('cell')[1]).toHaveTextContent('attachments');
    await expectNoAxeViolations(container);
  });

  it('uses the built-in title and says when there is nothing to sign', async () => {
    renderWithServices([{ id: 'docs', type: 'SigningDocumentList' }], createInMemoryFormServices(), { texts });
    expect(screen.getByRole('heading', { name: 'Dokumenter som skal signeres' })).toBeInTheDocument();
    expect(await screen.findByText('Det er ingen dokumenter å signere.')).toBeInTheDocument();
  });

  it('shows an error when the service fails', async () => {
    renderWithServices([list], failingServices({}, ['listSigningDocuments']), { texts });
    expect(await screen.findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet dokumentene. Prøv igjen senere.');
  });
});
