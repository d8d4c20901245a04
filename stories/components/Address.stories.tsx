import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({ 'address.title': ['Hvor skal arrangementet være?', 'Where will the event be?'] });

const address = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'address',
  type: 'Address',
  dataModelBindings: {
    address: 'venue.street',
    zipCode: 'venue.zip',
    postPlace: 'venue.place',
    careOf: 'venue.careOf',
    houseNumber: 'venue.houseNumber',
  },
  textResourceBindings: { title: 'address.title' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([address(extra)], { texts });
const filled = { venue: { street: 'Rådhusplassen 1', zip: '0150', place: 'OSLO' } };

const meta = {
  title: 'Components/Address',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
  decorators: [withServices({ postPlaces: { '0150': 'OSLO', '9008': 'TROMSØ' } })],
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Postnummer' }), '9008');
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Poststed' })).toHaveValue('TROMSØ'));
  },
};

export const Filled: Story = {
  args: { initialData: filled },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Gateadresse' })).toHaveValue('Rådhusplassen 1');
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Postnummer' })).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: filled },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Gateadresse' })).toHaveAttribute('readonly');
  },
};

/** `simplified: false` adds care-of and house number (English texts). */
export const Full: Story = {
  args: { layoutSet: form({ simplified: false }), language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Flat number' })).toBeVisible();
  },
};
