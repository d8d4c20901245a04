import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'applicant.email.title': ['E-postadresse', 'Email address'],
  'applicant.email.short': ['E-post', 'Email'],
  'applicant.email.description': [
    'Vi sender kvittering og vedtak til denne adressen.',
    'We will send the receipt and the decision to this address.',
  ],
});

const email = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'applicant-email',
  type: 'Input',
  autocomplete: 'email',
  dataModelBindings: { simpleBinding: 'applicant.email' },
  textResourceBindings: { title: 'applicant.email.title', description: 'applicant.email.description' },
  ...extra,
});

const meta = {
  title: 'Components/Input',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([email()], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'E-postadresse' });
    await expect(input).toHaveValue('');
    await userEvent.type(input, 'kari.nordmann@example.no');
    await expect(input).toHaveValue('kari.nordmann@example.no');
  },
};

export const Filled: Story = {
  args: { initialData: { applicant: { email: 'ola.nordmann@example.no' } } },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'E-postadresse' });
    await expect(input).toHaveValue('ola.nordmann@example.no');
  },
};

export const Required: Story = {
  args: { layoutSet: formOf([email({ required: true })], { texts }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'E-postadresse' })).toBeRequired();
    await expect(canvas.getByText('Obligatoriske felter er merket med *')).toBeVisible();
  },
};

export const ReadOnly: Story = {
  args: {
    layoutSet: formOf([email({ readOnly: true })], { texts }),
    initialData: { applicant: { email: 'ola.nordmann@example.no' } },
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'E-postadresse' });
    await userEvent.type(input, 'x');
    await expect(input).toHaveValue('ola.nordmann@example.no');
  },
};

export const WithPrefixAndSuffix: Story = {
  args: {
    layoutSet: formOf(
      [
        {
          id: 'event-fee',
          type: 'Input',
          formatting: { number: { thousandSeparator: ' ' } },
          dataModelBindings: { simpleBinding: 'event.fee' },
          textResourceBindings: { title: 'fee.title', prefix: 'fee.prefix', suffix: 'fee.suffix' },
        },
      ],
      {
        texts: textsOf({
          'fee.title': ['Inngangspenger', 'Entrance fee'],
          'fee.prefix': ['kr', 'NOK'],
          'fee.suffix': ['per person', 'per person'],
        }),
      },
    ),
  },
};

const amountTexts = textsOf({ 'grant.amount.title': ['Søknadsbeløp', 'Amount applied for'] });
const amount = (formatting: Record<string, unknown>): RawComponent => ({
  id: 'grant-amount',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'grant.amount' },
  textResourceBindings: { title: 'grant.amount.title' },
  formatting,
});
const amountSchema = {
  type: 'object',
  properties: { grant: { type: 'object', properties: { amount: { type: 'number' } } } },
};

export const Currency: Story = {
  args: {
    layoutSet: formOf([amount({ currency: 'NOK', align: 'right' })], { texts: amountTexts, schema: amountSchema }),
    initialData: { grant: { amount: 125000 } },
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Søknadsbeløp' });
    await expect(input).toHaveValue(new Intl.NumberFormat('nb', { style: 'currency', currency: 'NOK' }).format(125000));
    await userEvent.click(input);
    await expect(input).toHaveValue('125000');
  },
};

export const NumberSettings: Story = {
  args: {
    layoutSet: formOf([amount({ number: { thousandSeparator: ' ', decimalSeparator: ',', suffix: ' kr' } })], {
      texts: amountTexts,
      schema: amountSchema,
    }),
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Søknadsbeløp' });
    await userEvent.type(input, '4500,5');
    await userEvent.tab();
    await expect(input).toHaveValue('4 500,5 kr');
  },
};

/**
 * Without a title the field shows no label, as in the reference, and never its component id; its
 * `shortName` names it for screen readers.
 */
export const WithoutTitle: Story = {
  args: {
    layoutSet: formOf(
      [
        email({
          textResourceBindings: { description: 'applicant.email.description', shortName: 'applicant.email.short' },
        }),
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'E-post' })).toBeVisible();
    await expect(canvasElement.querySelector('label')).toBeNull();
    await expect(canvasElement).not.toHaveTextContent('applicant-email');
  },
};
