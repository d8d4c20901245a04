import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import type { OrderDetailsQuery } from '../../../src/react/context/FormServices.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { order } from '../../../stories/support/paymentSeed.ts';
import { failingServices } from '../../../stories/support/withFailingServices.tsx';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({ 'details.title': 'Oversikt over betaling', 'order.fee': 'Søknadsgebyr', 'count.title': 'Antall' }),
};
const schema = { type: 'object', properties: { count: { type: 'integer' } } };

const details = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'details',
  type: 'PaymentDetails',
  textResourceBindings: { title: 'details.title' },
  ...extra,
});

describe('PaymentDetails', () => {
  it('shows the order lines and totals in a table named by the title', async () => {
    const { container } = renderWithServices([details()], createInMemoryFormServices({ orderDetails: order }), {
      texts,
    });
    const table = await screen.findByRole('table', { name: 'Oversikt over betaling' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Søknadsgebyr');
    expect(rows[2]).toHaveTextContent('Salgsbod');
    expect(within(table).getByRole('rowheader', { name: 'Totalt å betale' }).closest('tr')).toHaveTextContent(
      /1\s875,00/,
    );
    await expectNoAxeViolations(container);
  });

  it('asks for the order again with the mapped values when a mapped field changes', async () => {
    const services = createInMemoryFormServices({ orderDetails: order });
    const fetchOrderDetails = vi.spyOn(services, 'fetchOrderDetails');
    const { user } = renderWithServices(
      [
        {
          id: 'count',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'count' },
          textResourceBindings: { title: 'count.title' },
        },
        details({ mapping: { count: 'stands' } }),
      ],
      services,
      { texts, schema },
    );
    await screen.findByRole('table');
    const calls = fetchOrderDetails.mock.calls.length;
    await user.type(screen.getByRole('textbox', { name: 'Antall' }), '12');
    await waitFor(() =>
      expect(fetchOrderDetails).toHaveBeenLastCalledWith<[OrderDetailsQuery]>({
        language: 'nb',
        mapping: { stands: '12' },
      }),
    );
    // Both keystrokes land in one request once the typing pauses.
    expect(fetchOrderDetails).toHaveBeenCalledTimes(calls + 1);
  });

  it('says when there is nothing to pay', async () => {
    renderWithServices([details()], createInMemoryFormServices(), { texts });
    expect(await screen.findByText('Det er ingenting å betale.')).toBeInTheDocument();
  });

  it('shows an error without breaking the rest of the form when the service fails', async () => {
    renderWithServices(
      [details(), { id: 'after', type: 'Paragraph', textResourceBindings: { title: 'order.fee' } }],
      failingServices({}, ['fetchOrderDetails']),
      {
        texts,
      },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi fikk ikke hentet betalingsoversikten. Prøv igjen senere.',
    );
    expect(screen.getByText('Søknadsgebyr')).toBeInTheDocument();
  });
});
