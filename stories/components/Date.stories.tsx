import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'start.title': ['Arrangementet starter', 'The event starts'],
  'deadline.title': ['Søknadsfrist', 'Application deadline'],
});

const dates: RawComponent[] = [
  {
    id: 'start',
    type: 'Date',
    value: ['dataModel', 'event.start'],
    textResourceBindings: { title: 'start.title' },
  },
  {
    id: 'deadline',
    type: 'Date',
    value: '2027-04-19',
    format: 'EEEE d. MMMM yyyy',
    textResourceBindings: { title: 'deadline.title' },
  },
];

const meta = {
  title: 'Components/Date',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(dates, { texts }), initialData: { event: { start: '2027-05-17' } } },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const values = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('definition')
    .map((value) => value.textContent);

/** The default `dd.MM.yyyy`, and a long format with names. */
export const Norwegian: Story = {
  play: async ({ canvasElement }) => {
    await expect(values(canvasElement)).toEqual(['17.05.2027', 'mandag 19. april 2027']);
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(values(canvasElement)).toEqual(['17.05.2027', 'Monday 19. April 2027']);
  },
};
