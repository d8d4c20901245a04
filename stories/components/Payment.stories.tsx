import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { payment } from '../support/paymentSeed.ts';
import { textsOf } from '../support/texts.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'payment.heading': ['Betal søknadsgebyret', 'Pay the application fee'],
  'payment.intro': ['Du sendes videre til betalingsløsningen.', 'You will be taken to the payment provider.'],
  'payment.summary': ['Kvittering for betaling', 'Payment receipt'],
  'order.fee': ['Søknadsgebyr', 'Application fee'],
});

const paymentComponent = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'payment',
  type: 'Payment',
  textResourceBindings: { title: 'payment.heading', description: 'payment.intro', summaryTitle: 'payment.summary' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([paymentComponent(extra)], { texts });

const meta = {
  title: 'Components/Payment',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Unpaid: Story = {
  decorators: [withServices({ payment: payment() })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('cell', { name: 'Søknadsgebyr' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Betal' }));
    await expect(await canvas.findByText('Betalingen er gjennomført.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Betal' })).toBeNull();
  },
};

export const Paid: Story = {
  decorators: [
    withServices({ payment: payment({ status: 'Paid', paymentId: 'NETS-1234', paidAt: '2026-05-01T10:15:00Z' }) }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Betalingsreferanse: NETS-1234')).toBeVisible();
    // Paid: the task is confirmed, which moves the process on.
    await expect(await canvas.findByText('Betalingen er registrert, og du kan gå videre.')).toBeVisible();
  },
};

/** Paid, but moving the process on failed: the user can try again. */
export const ConfirmFailed: Story = {
  decorators: [withFailingServices({ payment: payment({ status: 'Paid' }) }, ['performTaskAction'])],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('vi fikk ikke sendt deg videre');
    await expect(canvas.getByRole('button', { name: 'Gå videre' })).toBeVisible();
  },
};

export const Failed: Story = {
  decorators: [withServices({ payment: payment({ status: 'Failed' }) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Betalingen ble ikke gjennomført. Du kan prøve igjen.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Betal' })).toBeEnabled();
  },
};

export const Skipped: Story = {
  decorators: [withServices({ payment: payment({ status: 'Skipped' }) })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Du trenger ikke å betale for dette skjemaet.')).toBeVisible();
  },
};

export const AsSummary: Story = {
  args: { layoutSet: form({ renderAsSummary: true }) },
  decorators: [withServices({ payment: payment({ status: 'Paid', paymentId: 'NETS-1234' }) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Kvittering for betaling' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Betal' })).toBeNull();
  },
};

export const NoPayment: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('Det er ingen betaling knyttet til dette skjemaet.'),
    ).toBeVisible();
  },
};

export const ServerError: Story = {
  decorators: [withFailingServices({}, ['fetchPayment'])],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet betalingen');
  },
};

export const PaymentCannotStart: Story = {
  decorators: [withFailingServices({ payment: payment() }, ['startPayment'])],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Betal' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Betalingen kunne ikke startes. Prøv igjen.');
  },
};

const inSummary = formOf([], {
  texts,
  pages: {
    review: [{ id: 'summary', type: 'Summary2', target: { type: 'page', id: 'pay' } }],
    pay: [paymentComponent()],
  },
});

/** In a Summary2: not paid yet, with the order; `Endre` leads back to the payment. */
export const InSummaryUnpaid: Story = {
  args: { layoutSet: inSummary },
  decorators: [withServices({ payment: payment() })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('term')).toHaveTextContent('Kvittering for betaling');
    await expect(await canvas.findByText('Ikke betalt ennå.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Endre Kvittering for betaling' }));
    await expect(await canvas.findByRole('button', { name: 'Betal' })).toBeVisible();
  },
};

/** In a Summary2 once paid: when, and the provider's reference. */
export const InSummaryPaid: Story = {
  args: { layoutSet: inSummary },
  decorators: [
    withServices({ payment: payment({ status: 'Paid', paymentId: 'NETS-1234', paidAt: '2026-05-02T08:00:00Z' }) }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Betalingen er gjennomført.')).toBeVisible();
    await expect(canvas.getByText('Betalingsreferanse: NETS-1234')).toBeVisible();
  },
};
