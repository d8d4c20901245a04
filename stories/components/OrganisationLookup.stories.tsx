import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({ 'org.title': ['Arrangerende organisasjon', 'Organising body'] });

const organisation = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'org',
  type: 'OrganisationLookup',
  dataModelBindings: { organisation_lookup_orgnr: 'org.number', organisation_lookup_name: 'org.name' },
  textResourceBindings: { title: 'org.title' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([organisation(extra)], { texts });
const found = { org: { number: '974760673', name: 'Registerenheten i Brønnøysund' } };

const meta = {
  title: 'Components/OrganisationLookup',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
  decorators: [withServices({ organisations: [{ orgNr: '974760673', name: 'Registerenheten i Brønnøysund' }] })],
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Organisasjonsnummer' }), '974760673{Enter}');
    await expect(await canvas.findByRole('textbox', { name: 'Organisasjonsnavn' })).toHaveValue(
      'Registerenheten i Brønnøysund',
    );
  },
};

export const Filled: Story = {
  args: { initialData: found },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Organisasjonsnavn' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Organisasjonsnummer' })).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: found },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};
