import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
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

describe('SigningDocumentList in a summary', () => {
  const summaryPages = {
    review: [{ id: 'summary', type: 'Summary', componentRef: 'docs' }],
    signing: [{ ...list, textResourceBindings: { title: 'docs.title', summaryTitle: 'docs.summary' } }],
  };
  const summaryTexts = { nb: nb({ 'docs.title': 'Dette signerer du', 'docs.summary': 'Signerte dokumenter' }) };

  it('lists the documents under its summaryTitle, each a download link where there is one', async () => {
    const { container } = renderWithServices([], createInMemoryFormServices({ signingDocuments: documents }), {
      pages: summaryPages,
      texts: summaryTexts,
    });
    expect(screen.getByRole('term')).toHaveTextContent('Signerte dokumenter');
    const value = screen.getByRole('definition');
    const [pdf, image] = await within(value).findAllByRole('listitem');
    expect(within(pdf).getByRole('link', { name: 'soknad.pdf' })).toHaveAttribute('href', '/files/soknad.pdf');
    expect(image).toHaveTextContent('situasjonsplan.png');
    expect(within(image).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says when there is nothing to sign', async () => {
    renderWithServices([], createInMemoryFormServices(), { pages: summaryPages, texts: summaryTexts });
    expect(await within(screen.getByRole('definition')).findByText('Det er ingen dokumenter å signere.')).toBeVisible();
  });
});
