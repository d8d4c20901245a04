import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({
    'fees.title': 'Gebyrer',
    'col.what': 'Hva',
    'col.amount': 'Beløp',
    'col.due': 'Forfall',
    'col.info': 'Info',
    'col.kind': 'Type',
    'kind.fixed': 'Fast',
    'kind.hourly': 'Per time',
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

  it('makes a link of a row only to a secure site or the app itself, never to another site by a trick', () => {
    const hostile = ['//evil.example/x', '/\\evil.example/x', 'http://evil.example/x', '\u0001javascript:alert(1)'];
    renderForm([table()], {
      texts,
      initialData: { fees: hostile.map((url, index) => ({ ...fees[0], url, link: `l${index}` })) },
    });
    for (const [index] of hostile.entries()) {
      expect(screen.queryByRole('link', { name: `l${index}` })).toBeNull();
      expect(screen.getByText(`l${index}`)).toBeInTheDocument();
    }
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

  it('edits every cell in place with enableEdit, typed by the data model', async () => {
    const schema = {
      type: 'object',
      properties: {
        fees: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              what: { type: 'string' },
              amount: { type: 'number' },
              currency: { type: 'string' },
              due: { type: 'string', format: 'date' },
              kind: { type: 'string' },
            },
          },
        },
      },
    };
    const editable = table({ enableEdit: true });
    editable.columns = [
      ...(editable.columns as unknown[]).slice(0, 3),
      {
        header: 'col.kind',
        accessors: ['kind'],
        component: {
          type: 'radio',
          options: [
            { label: 'kind.fixed', value: 'fixed' },
            { label: 'kind.hourly', value: 'hourly' },
          ],
        },
      },
    ];
    const { user, submitted, container } = renderForm([editable], {
      texts,
      schema,
      withSubmit: true,
      initialData: {
        fees: fees.map(({ what, amount, currency, due }) => ({ what, amount, currency, due, kind: 'fixed' })),
      },
    });
    const what = screen.getByRole('textbox', { name: 'Hva, rad 2' });
    expect(what).toHaveValue('Renhold');
    await user.clear(what);
    await user.type(what, 'Vask');
    const amount = screen.getByRole('textbox', { name: 'Beløp, del 1, rad 1' });
    await user.clear(amount);
    await user.type(amount, '750');
    expect(screen.getByLabelText('Forfall, rad 1')).toHaveValue('2026-06-01');
    expect(
      within(screen.getByRole('group', { name: 'Type, rad 1' })).getByRole('radio', { name: 'Fast' }),
    ).toBeChecked();
    await user.click(
      within(screen.getByRole('group', { name: 'Type, rad 2' })).getByRole('radio', { name: 'Per time' }),
    );
    const data = (await submitted()).fees as Record<string, unknown>[];
    expect(data[1]).toMatchObject({ what: 'Vask', kind: 'hourly' });
    expect(data[0]).toMatchObject({ amount: 750, kind: 'fixed' });
    await expectNoAxeViolations(container);
  });

  it('keeps the cells as text when read-only, even with enableEdit', () => {
    renderForm([table({ enableEdit: true, readOnly: true })], { texts, initialData: { fees } });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('cell', { name: 'Søknad' })).toBeInTheDocument();
  });

  it('reads the rows from an external API at the given path', async () => {
    const services = createInMemoryFormServices({ externalApis: { prices: { result: { lines: fees } } } });
    renderWithServices([table({ externalApi: { id: 'prices', path: 'result.lines' }, enableEdit: true })], services, {
      texts,
    });
    expect(screen.getByText('Henter tabellen …')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('cell', { name: 'Renhold' })).toBeInTheDocument();
    expect(screen.queryByText('Henter tabellen …')).toBeNull();
    // Rows of an external API are not the form's data: nothing to edit.
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says when the external API has no rows, and when it failed', async () => {
    const empty = createInMemoryFormServices({ externalApis: { prices: { lines: [] } } });
    const first = renderWithServices([table({ externalApi: { id: 'prices', path: 'lines' } })], empty, { texts });
    expect(await screen.findByText('Tabellen er tom.')).toBeInTheDocument();
    first.unmount();
    const failing = { ...createInMemoryFormServices(), fetchExternalApi: () => Promise.reject(new Error('down')) };
    renderWithServices([table({ externalApi: { id: 'prices', path: 'lines' } })], failing, { texts });
    expect(await screen.findByRole('alert')).toHaveTextContent('Tabellen kunne ikke hentes. Prøv igjen senere.');
    expect(screen.queryByText('Tabellen er tom.')).toBeNull();
  });
});
