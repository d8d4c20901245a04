import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'stands.title': ['Salgsboder', 'Stalls'],
  'stand.name': ['Navn på boden', 'Name of the stall'],
  'stand.area': ['Areal i kvadratmeter', 'Area in square metres'],
  'stand.power': ['Trenger strøm', 'Needs power'],
  'stand.kind': ['Type bod', 'Kind of stall'],
});

const schema = {
  type: 'object',
  properties: {
    stands: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          altinnRowId: { type: 'string' },
          name: { type: 'string', title: 'stand.name' },
          area: { type: 'number', title: 'stand.area' },
          kind: { type: 'string', title: 'stand.kind', enum: ['Mat', 'Bruktsalg', 'Håndverk'] },
          power: { type: 'boolean', title: 'stand.power' },
        },
      },
    },
  },
};

const addToList = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'add-stand',
  type: 'AddToList',
  title: 'stands.title',
  dataModelBindings: { data: 'stands' },
  ...extra,
});

const table: RawComponent = {
  id: 'stands-table',
  type: 'SimpleTable',
  title: 'stands.title',
  dataModelBindings: { tableData: 'stands' },
  columns: [
    { header: 'stand.name', accessors: ['name'] },
    { header: 'stand.area', accessors: ['area'] },
  ],
};

const form = (components: RawComponent[]) => formOf(components, { texts, schema });

const meta = {
  title: 'Components/AddToList',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form([addToList()]) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Rader lagt til: 0')).toBeVisible();
  },
};

export const AddingARow: Story = {
  args: { layoutSet: form([addToList(), table]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til ny' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Salgsboder' });
    const inside = within(dialog);
    await userEvent.click(inside.getByRole('button', { name: 'Legg til' }));
    await expect(inside.getByRole('textbox', { name: /Navn på boden/ })).toHaveFocus();
    await userEvent.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    await userEvent.type(inside.getByRole('textbox', { name: /Areal/ }), '12,5');
    await userEvent.selectOptions(inside.getByRole('combobox', { name: 'Type bod' }), 'Mat');
    await userEvent.click(inside.getByRole('checkbox', { name: 'Trenger strøm' }));
    await userEvent.click(inside.getByRole('button', { name: 'Legg til' }));
    await waitFor(() => expect(dialog).not.toBeVisible());
    await expect(canvas.getByText('Rader lagt til: 1')).toBeVisible();
    await expect(canvas.getByRole('cell', { name: 'Vaffelbua' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form([addToList({ readOnly: true })]) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button', { name: 'Legg til ny' })).toBeNull();
  },
};

export const AsSummary: Story = {
  args: { layoutSet: form([addToList({ renderAsSummary: true })]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Rader lagt til: 0')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Legg til ny' })).toBeNull();
  },
};

export const Required: Story = {
  args: { layoutSet: form([addToList({ required: true }), { id: 'submit', type: 'Button' }]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect((await canvas.findAllByText('Du må fylle ut minst én rad'))[0]).toBeVisible();
  },
};

export const NoItemSchema: Story = {
  args: { layoutSet: formOf([addToList()], { texts }) },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Legg til ny' }));
    const dialog = await within(document.body).findByRole('dialog');
    // The dialog fades in: wait until it is fully shown.
    await waitFor(() =>
      expect(within(dialog).getByText('Datamodellen beskriver ingen felter for en ny rad.')).toBeVisible(),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
  },
};
