import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'event.header': ['Om arrangementet', 'About the event'],
  'event.place.header': ['Sted og tidspunkt', 'Place and time'],
  'event.parking.header': ['Parkering og **adkomst**', 'Parking and **access**'],
});

const meta = {
  title: 'Components/Header',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [{ id: 'event-header', type: 'Header', size: 'L', textResourceBindings: { title: 'event.header' } }],
      {
        texts,
      },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `size: "L"` is the largest header in a layout: an h2, since the form title is the h1. */
export const Large: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2, name: 'Om arrangementet' })).toBeVisible();
  },
};

/** `size: "M"` is an h3, under an L header. */
export const Medium: Story = {
  args: {
    layoutSet: formOf(
      [
        { id: 'event-header', type: 'Header', size: 'L', textResourceBindings: { title: 'event.header' } },
        { id: 'place-header', type: 'Header', size: 'M', textResourceBindings: { title: 'event.place.header' } },
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 3, name: 'Sted og tidspunkt' })).toBeVisible();
  },
};

/** `size: "S"` is an h4; the title may use Markdown emphasis. */
export const Small: Story = {
  args: {
    layoutSet: formOf(
      [
        { id: 'event-header', type: 'Header', size: 'L', textResourceBindings: { title: 'event.header' } },
        { id: 'place-header', type: 'Header', size: 'M', textResourceBindings: { title: 'event.place.header' } },
        { id: 'parking-header', type: 'Header', size: 'S', textResourceBindings: { title: 'event.parking.header' } },
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 4, name: 'Parkering og adkomst' });
    await expect(heading.querySelector('strong')).toHaveTextContent('adkomst');
  },
};
