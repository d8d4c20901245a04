import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'event.date.title': ['Dato for arrangementet', 'Date of the event'],
  'event.date.description': ['Første dag hvis arrangementet varer flere dager.', 'The first day if it lasts longer.'],
});

const eventDate = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'event-date',
  type: 'Datepicker',
  timeStamp: false,
  dataModelBindings: { simpleBinding: 'event.date' },
  textResourceBindings: { title: 'event.date.title', description: 'event.date.description' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([eventDate(extra)], { texts });

const meta = {
  title: 'Components/Datepicker',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Dato for arrangementet' });
    await userEvent.type(input, '1.5.2026');
    await expect(input).toHaveValue('01.05.2026');
  },
};

export const Filled: Story = {
  args: { initialData: { event: { date: '2026-05-17' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox')).toHaveValue('17.05.2026');
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Dato for arrangementet' })).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { event: { date: '2026-05-17' } } },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.type(input, '9');
    await expect(input).toHaveValue('17.05.2026');
  },
};

/** A US format and a range from today to one year ahead, in English. */
export const FormatAndRange: Story = {
  args: {
    layoutSet: form({ format: 'MM/dd/yyyy', minDate: 'today', maxDate: 'oneYearFromNow' }),
    language: 'en',
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Date of the event' });
    await expect(input).toHaveAccessibleDescription(/Enter the date as mm\/dd\/yyyy/);
    await userEvent.type(input, '12/24/2026');
    await expect(input).toHaveValue('12/24/2026');
  },
};

/**
 * The calendar dialog beside the field, open at the stored date: arrow keys move by day and week,
 * Page Up/Down by month, Enter chooses. Days outside minDate/maxDate read as unavailable.
 */
export const Calendar: Story = {
  args: {
    layoutSet: form({ minDate: '2026-05-05', maxDate: '2026-06-30' }),
    initialData: { event: { date: '2026-05-17' } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Velg Dato for arrangementet i kalender' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Velg dato' });
    const day = within(dialog).getByRole('button', { name: 'søndag 17. mai 2026' });
    await waitFor(() => expect(day).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(within(dialog).getByRole('button', { name: 'søndag 24. mai 2026' })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: 'mandag 4. mai 2026' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Choosing a day with Enter writes it to the field in its format and closes the dialog. */
export const CalendarChoose: Story = {
  args: { layoutSet: form({ format: 'dd/MM/yyyy' }), initialData: { event: { date: '2026-05-17' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const open = canvas.getByRole('button', { name: 'Velg Dato for arrangementet i kalender' });
    await userEvent.click(open);
    const dialog = await canvas.findByRole('dialog', { name: 'Velg dato' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'søndag 17. mai 2026' })).toHaveFocus());
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('textbox', { name: 'Dato for arrangementet' })).toHaveValue('18/05/2026');
  },
};

/**
 * Each row of the calendar starts with its ISO week number. January 2027 opens in week 53, since
 * 1 January is a Friday of 2026's last week; screen readers hear "Week 53" as the row's header.
 */
export const CalendarWeekNumbers: Story = {
  args: { initialData: { event: { date: '2027-01-01' } }, language: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Choose Date of the event in a calendar' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Choose a date' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Friday, 1 January 2027' })).toHaveFocus());
    await expect(within(dialog).getAllByRole('columnheader')[0]).toHaveTextContent('Week');
    // The dialog fades in; under load the first check may come before it is opaque.
    await waitFor(() => expect(within(dialog).getByRole('rowheader', { name: 'Week 53' })).toBeVisible());
    await expect(within(dialog).getByRole('rowheader', { name: 'Week 1' })).toBeVisible();
  },
};
