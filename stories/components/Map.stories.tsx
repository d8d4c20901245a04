import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'place.title': ['Hvor er scenen?', 'Where is the stage?'],
  'place.description': ['Breddegrad og lengdegrad, adskilt med komma.', 'Latitude and longitude, comma-separated.'],
});

const place = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'place',
  type: 'Map',
  dataModelBindings: { simpleBinding: 'event.location' },
  textResourceBindings: { title: 'place.title', description: 'place.description' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([place(extra)], { texts });

const meta = {
  title: 'Components/Map',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Hvor er scenen?' }), '59.9139,10.7522');
    await expect(canvas.getByRole('link', { name: 'Vis i kart (åpnes i ny fane)' })).toBeVisible();
  },
};

export const Filled: Story = {
  args: { initialData: { event: { location: '69.6492,18.9553' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Posisjon: 69.6492, 18.9553')).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox')).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { event: { location: '69.6492,18.9553' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox')).toHaveAttribute('readonly');
  },
};
