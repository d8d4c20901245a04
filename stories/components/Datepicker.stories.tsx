import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
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
