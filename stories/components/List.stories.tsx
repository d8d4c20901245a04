import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
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

/** `tableHeadersMobile` at 375 px: each venue is a card with only its name; sorting stays. */
export const MobileCards: Story = {
  args: { layoutSet: form({ tableHeadersMobile: ['name'] }) },
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const aula = await canvas.findByRole('radio', { name: 'Aula, 120' });
    const card = aula.closest('tr') as HTMLElement;
    await expect(within(card).getByText('Navn')).toBeVisible();
    await expect(within(card).getByText('Aula')).toBeVisible();
    await expect(within(card).getByText('120')).not.toBeVisible();
    await expect(canvas.queryByRole('columnheader', { name: 'Velg' })).toBeNull();
    await expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    const scroller = card.closest('.skjema-table-scroll') as HTMLElement;
    await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    await userEvent.click(within(card).getByText('Aula'));
    await userEvent.click(aula);
    await expect(aula).toBeChecked();
    // Only the listed columns can be sorted by: the others are not shown.
    await expect(canvas.queryByRole('button', { name: 'Plasser' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Navn' }));
    await waitFor(() => expect(canvas.getAllByRole('radio')[0]).toHaveAccessibleName('Aula, 120'));
  },
};

/** The same list on a wide screen: a table with every column, the card labels hidden. */
export const MobileCardsOnWideScreen: Story = {
  args: { layoutSet: form({ tableHeadersMobile: ['name'] }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const aula = await canvas.findByRole('radio', { name: 'Aula, 120' });
    await expect(within(aula.closest('tr') as HTMLElement).getByText('120')).toBeVisible();
    await expect(canvas.getByRole('columnheader', { name: 'Velg' })).toBeVisible();
    await expect(canvas.getAllByText('Navn').filter((label) => label.tagName === 'SPAN')[0]).not.toBeVisible();
  },
};
