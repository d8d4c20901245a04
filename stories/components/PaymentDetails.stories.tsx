import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { order } from '../support/paymentSeed.ts';
import { textsOf } from '../support/texts.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'details.title': ['Oversikt over betaling', 'Payment overview'],
  'details.description': ['Her er det du skal betale for.', 'This is what you will pay for.'],
  'order.fee': ['Søknadsgebyr', 'Application fee'],
});

const details: RawComponent = {
  id: 'payment-details',
  type: 'PaymentDetails',
  textResourceBindings: { title: 'details.title', description: 'details.description' },
  mapping: { 'stands.count': 'stands' },
};

const meta = {
  title: 'Components/PaymentDetails',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([details], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Filled: Story = {
  decorators: [withServices({ orderDetails: order })],
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole('table', { name: 'Oversikt over betaling' });
    await expect(within(table).getByRole('cell', { name: 'Søknadsgebyr' })).toBeVisible();
    await expect(within(table).getByRole('rowheader', { name: 'Totalt å betale' })).toBeVisible();
  },
};

export const NothingToPay: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Det er ingenting å betale.')).toBeVisible();
  },
};

export const ServerError: Story = {
  decorators: [withFailingServices({}, ['fetchOrderDetails'])],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'Vi fikk ikke hentet betalingsoversikten',
    );
  },
};
