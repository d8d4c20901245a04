import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'venue.title': ['Velg lokale', 'Choose a venue'],
  'col.name': ['Navn', 'Name'],
  'col.capacity': ['Plasser', 'Seats'],
});

const list = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'venue',
  type: 'List',
  dataListId: 'venues',
  tableHeaders: { name: 'col.name', capacity: 'col.capacity' },
  sortableColumns: ['name', 'capacity'],
  pagination: { alternatives: [3, 10], default: 3 },
  dataModelBindings: { id: 'venue.id', name: 'venue.name' },
  textResourceBindings: { title: 'venue.title' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([list(extra)], { texts });

const meta = {
  title: 'Components/List',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
  decorators: [
    withServices({
      dataLists: {
        venues: [
          { id: 'v1', name: 'Folkets hus', capacity: 300 },
          { id: 'v2', name: 'Aula', capacity: 120 },
          { id: 'v3', name: 'Idrettshallen', capacity: 800 },
          { id: 'v4', name: 'Kulturhuset', capacity: 450 },
        ],
      },
    }),
  ],
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const aula = await canvas.findByRole('radio', { name: 'Aula, 120' });
    await userEvent.click(aula);
    await expect(aula).toBeChecked();
  },
};

export const Filled: Story = {
  args: { initialData: { venue: { id: 'v1', name: 'Folkets hus' } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('radio', { name: 'Folkets hus, 300' })).toBeChecked();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('radio', { name: 'Aula, 120' })).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { venue: { id: 'v2', name: 'Aula' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const folkets = await canvas.findByRole('radio', { name: 'Folkets hus, 300' });
    await userEvent.click(folkets);
    await expect(folkets).not.toBeChecked();
  },
};

/** Sorting by a column and the second page, in English. */
export const SortedAndPaged: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('radio');
    await userEvent.click(canvas.getByRole('button', { name: 'Seats' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(await canvas.findByRole('radio', { name: 'Idrettshallen, 800' })).toBeVisible();
  },
};

/** The object-list mode: several venues, each a row of `venues` with `booked: true`; soft deletion keeps unchosen rows. */
export const ObjectList: Story = {
  args: {
    layoutSet: form({
      dataModelBindings: { group: 'venues', id: 'venues.id', name: 'venues.name', checked: 'venues.booked' },
      deletionStrategy: 'soft',
    }),
    initialData: { venues: [{ altinnRowId: 'r1', id: 'v1', name: 'Folkets hus', booked: true }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('checkbox', { name: 'Folkets hus, 300' })).toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Aula, 120' }));
    await expect(canvas.getByRole('checkbox', { name: 'Aula, 120' })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: 'Folkets hus, 300' })).toBeChecked();
  },
};
