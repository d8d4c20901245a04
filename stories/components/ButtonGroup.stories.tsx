import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'actions.title': ['Hva vil du gjøre?', 'What do you want to do?'],
  'actions.description': ['Du kan sende inn nå eller skrive ut først.', 'You can submit now or print first.'],
});

const form = (extra: Partial<RawComponent> = {}) =>
  formOf(
    [
      { id: 'actions', type: 'ButtonGroup', children: ['submit', 'print'], ...extra },
      { id: 'submit', type: 'Button' },
      { id: 'print', type: 'PrintButton' },
    ],
    { texts },
  );

const meta = {
  title: 'Components/ButtonGroup',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The buttons share a row. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole('button');
    await expect(first.getBoundingClientRect().top).toBe(second.getBoundingClientRect().top);
  },
};

export const WithTitle: Story = {
  args: { layoutSet: form({ textResourceBindings: { title: 'actions.title', description: 'actions.description' } }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('group', { name: 'Hva vil du gjøre?' })).toBeVisible();
  },
};

export const English: Story = {
  args: {
    language: 'en',
    layoutSet: form({ textResourceBindings: { title: 'actions.title', description: 'actions.description' } }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('group', { name: 'What do you want to do?' })).toBeVisible();
  },
};

export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
  },
};
