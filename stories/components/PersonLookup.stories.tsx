import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({ 'organiser.title': ['Ansvarlig arrangør', 'Responsible organiser'] });

const person = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'organiser',
  type: 'PersonLookup',
  dataModelBindings: { person_lookup_ssn: 'organiser.ssn', person_lookup_name: 'organiser.name' },
  textResourceBindings: { title: 'organiser.title' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([person(extra)], { texts });
const found = { organiser: { ssn: '08829698278', name: 'Kari Nordmann' } };

const meta = {
  title: 'Components/PersonLookup',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
  decorators: [withServices({ persons: [{ ssn: '08829698278', name: 'Kari Nordmann', lastName: 'Nordmann' }] })],
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Fødselsnummer' }), '08829698278');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Etternavn' }), 'Nordmann');
    await userEvent.click(canvas.getByRole('button', { name: 'Hent opplysninger' }));
    await expect(await canvas.findByRole('textbox', { name: 'Navn' })).toHaveValue('Kari Nordmann');
  },
};

export const Filled: Story = {
  args: { initialData: found },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Søk på nytt' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Fødselsnummer' })).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: found },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

/** A search that finds nobody, in English. */
export const NotFound: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'National identity number' }), '08829698278');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Surname' }), 'Hansen{Enter}');
    await expect(
      await canvas.findByText('No person was found with this national identity number and surname.'),
    ).toBeVisible();
  },
};
