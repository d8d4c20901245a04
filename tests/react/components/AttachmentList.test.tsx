import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithProviders } from '../support/renderWithProviders.tsx';

const applicationMetadata = {
  dataTypes: [
    { id: 'model', appLogic: { classRef: 'App.Model' } },
    { id: 'map', grouping: 'group.maps', description: { nb: 'Kart over området' } },
    { id: 'plan', grouping: 'group.plans' },
    { id: 'ref-data-as-pdf' },
  ],
};
const data = [
  { id: 'd1', dataType: 'model', filename: null },
  { id: 'd2', dataType: 'map', filename: 'kart.png', selfLinks: { apps: 'https://example.no/data/d2' } },
  { id: 'd3', dataType: 'plan', filename: 'vakthold.pdf', selfLinks: { apps: 'javascript:alert(1)' } },
  { id: 'd4', dataType: 'ref-data-as-pdf', filename: 'skjema.pdf', selfLinks: { apps: '/data/d4' } },
];
const texts = { nb: nb({ 'list.title': 'Vedlegg du har sendt', 'group.maps': 'Kart', 'group.plans': 'Planer' }) };
const list = (extra: Record<string, unknown> = {}) => ({
  id: 'attachments',
  type: 'AttachmentList',
  textResourceBindings: { title: 'list.title' },
  ...extra,
});
const names = () => screen.getAllByRole('listitem').map((item) => item.firstChild?.textContent);

describe('AttachmentList', () => {
  it('lists the uploaded files, not form data or the PDF, with safe download links', async () => {
    const { container } = renderWithProviders([list()], {
      texts,
      applicationMetadata,
      instance: { instance: { id: '1/abc', data } },
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Vedlegg du har sendt' })).toBeInTheDocument();
    expect(names()).toEqual(['kart.png', 'vakthold.pdf']);
    expect(screen.getByRole('link', { name: 'kart.png' })).toHaveAttribute('href', 'https://example.no/data/d2');
    expect(screen.queryByRole('link', { name: 'vakthold.pdf' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('filters by dataTypeIds, includes the PDF when named, and can drop the links', () => {
    renderWithProviders([list({ dataTypeIds: ['plan', 'ref-data-as-pdf'], links: false })], {
      texts,
      applicationMetadata,
      instance: { dataElements: data },
    });
    expect(names()).toEqual(['vakthold.pdf', 'skjema.pdf']);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('groups by data type grouping with descriptions', () => {
    renderWithProviders(
      [list({ dataTypeIds: ['include-all'], groupByDataTypeGrouping: true, showDataTypeDescriptions: true })],
      {
        texts,
        applicationMetadata,
        instance: { dataElements: data },
      },
    );
    const maps = screen.getByRole('heading', { level: 3, name: 'Kart' }).parentElement as HTMLElement;
    expect(within(maps).getByRole('listitem')).toHaveTextContent('kart.pngKart over området');
    expect(screen.getByRole('heading', { level: 3, name: 'Planer' })).toBeInTheDocument();
  });

  it('says there are no attachments without an instance', () => {
    renderWithProviders([list()], { texts });
    expect(screen.getByText('Ingen vedlegg')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
