import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const meta = {
  title: 'Components/LanguageSelector',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    showLanguageSelector: true,
    layoutSet: formOf(
      [
        { id: 'applicant-header', type: 'Header', size: 'L', textResourceBindings: { title: 'applicant.header' } },
        {
          id: 'applicant-name',
          type: 'Input',
          required: true,
          dataModelBindings: { simpleBinding: 'applicant.name' },
          textResourceBindings: { title: 'applicant.name.title', description: 'applicant.name.description' },
        },
        { id: 'submit', type: 'Button' },
      ],
      {
        texts: textsOf({
          appName: ['Søknad om arrangementstillatelse', 'Application for an event permit'],
          'applicant.header': ['Om søkeren', 'About the applicant'],
          'applicant.name.title': ['Navn på søker', 'Name of applicant'],
          'applicant.name.description': [
            'Fullt navn på personen eller organisasjonen som søker.',
            'Full name of the person or organisation applying.',
          ],
        }),
      },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Texts in nb and en, `showLanguageSelector` on: the selector sits next to the form title. */
export const Norwegian: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Språk' });
    await expect(select).toHaveValue('nb');
  },
};

/** Switching to English changes app texts and built-in texts; what the user typed stays. */
export const SwitchToEnglish: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Navn på søker' }), 'Kari Nordmann');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Språk' }), 'en');
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Application for an event permit');
    await expect(canvas.getByRole('textbox', { name: 'Name of applicant' })).toHaveValue('Kari Nordmann');
    await expect(canvas.getByRole('button', { name: 'Submit' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  },
};

export const StartsInEnglish: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent('About the applicant');
  },
};
