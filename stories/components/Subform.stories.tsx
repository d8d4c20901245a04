import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'stands.title': ['Salgsboder', 'Stalls'],
  'stands.add': ['salgsbod', 'stall'],
  'col.name': ['Navn', 'Name'],
  'col.kind': ['Type', 'Kind'],
});

const subform = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'stands',
  type: 'Subform',
  layoutSet: 'stand',
  tableColumns: [
    { headerContent: 'col.name', cellContent: { query: 'stand.name' } },
    { headerContent: 'col.kind', cellContent: { value: ['dataModel', 'stand.kind'], default: '–' } },
  ],
  textResourceBindings: { title: 'stands.title', addButton: 'stands.add' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([subform(extra)], { texts });
const filled = withServices({
  subformEntries: {
    stand: [
      { id: 's1', data: { stand: { name: 'Vaffelbua', kind: 'Mat' } } },
      { id: 's2', data: { stand: { name: 'Loppis', kind: 'Bruktsalg' } } },
    ],
  },
});

const meta = {
  title: 'Components/Subform',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til salgsbod' }));
    await expect(await canvas.findByRole('button', { name: 'Slett Oppføring 1' })).toBeVisible();
  },
};

export const Filled: Story = {
  decorators: [filled],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Endre Vaffelbua' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('cell', { name: 'Loppis' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }) },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('cell', { name: 'Loppis' })).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};
