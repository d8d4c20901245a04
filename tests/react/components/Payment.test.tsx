import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { payment } from '../../../stories/support/paymentSeed.ts';
import { failingServices } from '../../../stories/support/withFailingServices.tsx';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({
    'pay.title': 'Betal gebyret',
    'pay.summary': 'Kvittering',
    'order.fee': 'Søknadsgebyr',
    'other.text': 'Resten av skjemaet',
  }),
};

const paymentComponent = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'payment',
  type: 'Payment',
  textResourceBindings: { title: 'pay.title', summaryTitle: 'pay.summary' },
  ...extra,
});

describe('Payment', () => {
  it('shows the order and pays it, then says the payment is complete', async () => {
    const { user, container } = renderWithServices(
      [paymentComponent()],
      createInMemoryFormServices({ payment: payment() }),
      { texts },
    );
    const section = await screen.findByRole('region', { name: 'Betal gebyret' });
    expect(await within(section).findByRole('cell', { name: 'Søknadsgebyr' })).toBeInTheDocument();
    expect(within(section).getByText('Mottaker: Eventkontoret')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Betal' }));
    expect(await screen.findByText('Betalingen er gjennomført.')).toBeInTheDocument();
    expect(screen.getByText(/^Betalingsreferanse: payment-\d+$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Betal' })).toBeNull();
  });

  it('moves the process on (confirm) once the payment is paid, once', async () => {
    const services = createInMemoryFormServices({ payment: payment() });
    const action = vi.spyOn(services, 'performTaskAction');
    const { user } = renderWithServices([paymentComponent()], services, { texts });
    await user.click(await screen.findByRole('button', { name: 'Betal' }));
    expect(await screen.findByText('Betalingen er registrert, og du kan gå videre.')).toBeInTheDocument();
    expect(action.mock.calls).toEqual([['confirm']]);
  });

  it('comes back paid from the provider and confirms; a failed confirmation can be retried', async () => {
    const services = createInMemoryFormServices({ payment: payment({ status: 'Paid' }) });
    const confirm = services.performTaskAction.bind(services);
    let fail = true;
    const action = vi.spyOn(services, 'performTaskAction').mockImplementation(async (name, options) => {
      if (fail) throw new Error('process next failed');
      return confirm(name, options);
    });
    const { user } = renderWithServices([paymentComponent()], services, { texts });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Betalingen er gjennomført, men vi fikk ikke sendt deg videre. Prøv igjen.',
    );
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(await screen.findByText('Betalingen er registrert, og du kan gå videre.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(action.mock.calls).toEqual([['confirm'], ['confirm']]);
  });

  it('sends the user to the payment provider when the server gives a page for it', async () => {
    const services = createInMemoryFormServices({ payment: payment() });
    services.startPayment = async () => ({ redirectUrl: 'https://pay.example/checkout/1' });
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    try {
      const { user } = renderWithServices([paymentComponent()], services, { texts });
      await user.click(await screen.findByRole('button', { name: 'Betal' }));
      await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('https://pay.example/checkout/1'));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('goes back by rejecting the task', async () => {
    const services = createInMemoryFormServices({ payment: payment() });
    const reject = vi.spyOn(services, 'performTaskAction');
    const { user } = renderWithServices([paymentComponent()], services, { texts });
    await user.click(await screen.findByRole('button', { name: 'Tilbake' }));
    expect(reject).toHaveBeenCalledWith('reject');
    expect(await screen.findByText('Du har gått tilbake fra betalingen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Betal' })).toBeNull();
  });

  it('offers to pay again after a failed payment, and says when starting fails', async () => {
    const { user } = renderWithServices(
      [paymentComponent()],
      failingServices({ payment: payment({ status: 'Failed' }) }, ['startPayment']),
      { texts },
    );
    expect(await screen.findByText('Betalingen ble ikke gjennomført. Du kan prøve igjen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Betal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Betalingen kunne ikke startes. Prøv igjen.');
  });

  it('as a summary shows the summary title and no buttons', async () => {
    renderWithServices(
      [paymentComponent({ renderAsSummary: true })],
      createInMemoryFormServices({ payment: payment({ status: 'Paid' }) }),
      { texts },
    );
    expect(await screen.findByRole('heading', { name: 'Kvittering' })).toBeInTheDocument();
    expect(await screen.findByText('Betalingen er gjennomført.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('Betalingen er registrert, og du kan gå videre.')).toBeNull();
  });

  it('says when there is no payment', async () => {
    renderWithServices([paymentComponent()], createInMemoryFormServices(), { texts });
    expect(await screen.findByText('Det er ingen betaling knyttet til dette skjemaet.')).toBeInTheDocument();
  });

  it('shows a server error while the rest of the form works', async () => {
    renderWithServices(
      [paymentComponent(), { id: 'other', type: 'Paragraph', textResourceBindings: { title: 'other.text' } }],
      failingServices({}, ['fetchPayment']),
      { texts },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet betalingen. Prøv igjen senere.');
    expect(screen.getByText('Resten av skjemaet')).toBeInTheDocument();
  });
});

describe('Payment in a summary', () => {
  const summaryPages = (extra: Partial<RawComponent> = {}) => ({
    review: [{ id: 'summary', type: 'Summary2', target: { type: 'page', id: 'pay' } }],
    pay: [paymentComponent(extra)],
  });

  it('shows that the order is not paid yet, with the order, under its summaryTitle', async () => {
    const { container } = renderWithServices([], createInMemoryFormServices({ payment: payment() }), {
      pages: summaryPages(),
      texts,
    });
    expect(screen.getByRole('term')).toHaveTextContent('Kvittering');
    const value = screen.getByRole('definition');
    expect(await within(value).findByText('Ikke betalt ennå.')).toBeInTheDocument();
    expect(within(value).getByRole('cell', { name: 'Søknadsgebyr' })).toBeInTheDocument();
    expect(within(value).queryByRole('button', { name: 'Betal' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows when it was paid, with the reference', async () => {
    const paid = payment({ status: 'Paid', paymentId: 'ref-42', paidAt: '2026-05-02T08:00:00Z' });
    renderWithServices([], createInMemoryFormServices({ payment: paid }), { pages: summaryPages(), texts });
    const value = screen.getByRole('definition');
    expect(await within(value).findByText('Betalingen er gjennomført.')).toBeInTheDocument();
    expect(within(value).getByText(/^Betalt: 2\. mai 2026/)).toBeInTheDocument();
    expect(within(value).getByText('Betalingsreferanse: ref-42')).toBeInTheDocument();
  });

  it('names its change button by summaryAccessibleTitle, and the button leads to the payment', async () => {
    const { user } = renderWithServices([], createInMemoryFormServices({ payment: payment() }), {
      pages: summaryPages({
        textResourceBindings: { title: 'pay.title', summaryTitle: 'pay.summary', summaryAccessibleTitle: 'pay.a11y' },
      }),
      texts: { nb: [...texts.nb, ...nb({ 'pay.a11y': 'betalingen av gebyret' })] },
    });
    await user.click(screen.getByRole('button', { name: 'Endre betalingen av gebyret' }));
    expect(await screen.findByRole('button', { name: 'Betal' })).toBeInTheDocument();
  });
});
