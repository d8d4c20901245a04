import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({ 'start.title': ['Når starter arrangementet?', 'When does the event start?'] });

const start = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'start',
  type: 'TimePicker',
  dataModelBindings: { simpleBinding: 'event.start' },
  textResourceBindings: { title: 'start.title' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([start(extra)], { texts });

const meta = {
  title: 'Components/TimePicker',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Når starter arrangementet?' });
    await userEvent.type(input, '1830');
    await userEvent.tab();
    await expect(input).toHaveValue('18:30');
  },
};

export const Filled: Story = {
  args: { initialData: { event: { start: '18:00' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox')).toHaveValue('18:00');
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox')).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { event: { start: '18:00' } } },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.type(input, '9');
    await expect(input).toHaveValue('18:00');
  },
};

/** 12-hour clock with a range, in English. */
export const TwelveHour: Story = {
  args: { layoutSet: form({ format: 'hh:mm a', minTime: '08:00', maxTime: '22:00' }), language: 'en' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.type(input, '19:15');
    await userEvent.tab();
    await expect(input).toHaveValue('07:15 PM');
  },
};
