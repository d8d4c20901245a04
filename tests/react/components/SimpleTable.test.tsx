import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'fees.title': 'Gebyrer',
    'col.what': 'Hva',
    'col.amount': 'Beløp',
    'col.due': 'Forfall',
    'col.info': 'Info',
  }),
};

const fees = [
  { what: 'Søknad', amount: 500, currency: 'kr', due: '2026-06-01', url: 'https://example.no/a', link: 'Vilkår' },
  { what: 'Renhold', amount: 1200, currency: 'kr', due: '2026-07-15', url: 'https://example.no/b', link: 'Avtale' },
];

function table(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'fees',
    type: 'SimpleTable',
    title: 'fees.title',
    dataModelBindings: { tableData: 'fees' },
    columns: [
      { header: 'col.what', accessors: ['what'] },
      { header: 'col.amount', accessors: ['amount', 'currency'] },
      { header: 'col.due', accessors: ['due'], component: { type: 'date' } },
      {
        header: 'col.info',
        accessors: [],
        component: { type: 'link', hrefPath: 'url', textPath: 'link', openInNewTab: true },
      },
    ],
    ...extra,
  };
}

describe('SimpleTable', () => {
  it('shows the bound rows as a captioned table with formatted cells', async () => {
    const { container } = renderForm([table()], { texts, initialData: { fees } });
    const grid = screen.getByRole('table', { name: 'Gebyrer' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Hva', 'Beløp', 'Forfall', 'Info']);
    const [, first] = within(grid).getAllByRole('row');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Søknad', '500 kr', '01.06.2026', 'Vilkår']);
    expect(within(first).getByRole('link', { name: 'Vilkår' })).toHaveAttribute('target', '_blank');
    await expectNoAxeViolations(container);
  });

  it('deletes rows when enableDelete is set', async () => {
    const { user, submitted } = renderForm([table({ enableDelete: true })], {
      texts,
      withSubmit: true,
      initialData: { fees },
    });
    await user.click(screen.getByRole('button', { name: 'Slett rad 1' }));
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(((await submitted()).fees as unknown[]).length).toBe(1);
  });

  it('says when the table is empty and offers no delete when read-only', () => {
    renderForm([table({ enableDelete: true, readOnly: true })], { texts });
    expect(screen.getByText('Tabellen er tom.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Slett/ })).toBeNull();
  });
});
