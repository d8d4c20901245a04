import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'fees.title': ['Gebyrer', 'Fees'],
  'col.what': ['Hva', 'What'],
  'col.amount': ['Beløp', 'Amount'],
  'col.due': ['Forfall', 'Due'],
});

const table = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'fees',
  type: 'SimpleTable',
  title: 'fees.title',
  zebra: true,
  dataModelBindings: { tableData: 'fees' },
  columns: [
    { header: 'col.what', accessors: ['what'] },
    { header: 'col.amount', accessors: ['amount', 'currency'] },
    { header: 'col.due', accessors: ['due'], component: { type: 'date' } },
  ],
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([table(extra)], { texts });
const fees = [
  { what: 'Søknad', amount: 500, currency: 'kr', due: '2026-06-01' },
  { what: 'Renhold', amount: 1200, currency: 'kr', due: '2026-07-15' },
];

const meta = {
  title: 'Components/SimpleTable',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Tabellen er tom.')).toBeVisible();
  },
};

export const Filled: Story = {
  args: { initialData: { fees } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('cell', { name: '01.06.2026' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }), initialData: { fees } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table', { name: 'Gebyrer' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true, enableDelete: true }), initialData: { fees } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button', { name: /Slett/ })).toBeNull();
  },
};

/** Rows can be deleted. */
export const WithDelete: Story = {
  args: { layoutSet: form({ enableDelete: true }), initialData: { fees } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Slett rad 2' }));
    await expect(canvas.getAllByRole('row')).toHaveLength(2);
  },
};
