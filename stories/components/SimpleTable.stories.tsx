import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { FormServicesProvider } from '../../src/react/context/FormServices.ts';
import { createInMemoryFormServices } from '../../src/core/services/inMemoryFormServices.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'fees.title': ['Gebyrer', 'Fees'],
  'col.what': ['Hva', 'What'],
  'col.amount': ['Beløp', 'Amount'],
  'col.due': ['Forfall', 'Due'],
  'col.kind': ['Type', 'Kind'],
  'kind.fixed': ['Fast', 'Fixed'],
  'kind.hourly': ['Per time', 'Hourly'],
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

const kindColumn = {
  header: 'col.kind',
  accessors: ['kind'],
  component: {
    type: 'radio',
    options: [
      { label: 'kind.fixed', value: 'fixed' },
      { label: 'kind.hourly', value: 'hourly' },
    ],
  },
};

/** `enableEdit`: every cell is a field named by its column and row; arrow keys move between the radios of a cell. */
export const Editable: Story = {
  args: {
    layoutSet: form({
      enableEdit: true,
      enableDelete: true,
      columns: [...(table().columns as unknown[]), kindColumn],
    }),
    initialData: { fees: fees.map((fee) => ({ ...fee, kind: 'fixed' })) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const what = canvas.getByRole('textbox', { name: 'Hva, rad 1' });
    await userEvent.clear(what);
    await userEvent.type(what, 'Søknadsgebyr');
    await expect(what).toHaveValue('Søknadsgebyr');
    const kind = within(canvas.getByRole('group', { name: 'Type, rad 2' }));
    kind.getByRole('radio', { name: 'Fast' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(kind.getByRole('radio', { name: 'Per time' })).toBeChecked();
  },
};

const external = (path = 'result.fees') => form({ externalApi: { id: 'fees-api', path } });

/** `externalApi`: the rows come from the app's external API, picked at `path`. */
export const ExternalApi: Story = {
  args: { layoutSet: external() },
  decorators: [withServices({ externalApis: { 'fees-api': { result: { fees } } } })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('cell', { name: 'Renhold' })).toBeVisible();
  },
};

/** Never answers, so the loading status stays. */
const withSlowExternalApi: Decorator = function SlowServices(Story) {
  const [services] = useState(() => ({
    ...createInMemoryFormServices(),
    fetchExternalApi: () => new Promise<unknown>(() => {}),
  }));
  return (
    <FormServicesProvider services={services}>
      <Story />
    </FormServicesProvider>
  );
};

export const ExternalApiLoading: Story = {
  args: { layoutSet: external() },
  decorators: [withSlowExternalApi],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Henter tabellen …')).toBeVisible();
  },
};

export const ExternalApiEmpty: Story = {
  args: { layoutSet: external() },
  decorators: [withServices({ externalApis: { 'fees-api': { result: { fees: [] } } } })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Tabellen er tom.')).toBeVisible();
  },
};

export const ExternalApiFailed: Story = {
  args: { layoutSet: external() },
  decorators: [withFailingServices({}, ['fetchExternalApi'])],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Tabellen kunne ikke hentes');
  },
};
