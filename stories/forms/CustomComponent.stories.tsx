import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkjemaForm } from '../../src/index.ts';
import { formOf } from '../support/formOf.ts';
import { orgNumberInput, orgNumberTexts } from '../support/orgNumberInput.tsx';

const layoutSet = formOf(
  [
    {
      id: 'org',
      type: 'OrgNumberInput',
      required: true,
      dataModelBindings: { simpleBinding: 'orgNumber' },
      textResourceBindings: { title: 'org.title' },
    },
    { id: 'submit', type: 'Button' },
  ],
  {
    texts: {
      nb: [...orgNumberTexts.nb, { id: 'org.title', value: 'Organisasjonsnummer' }],
      en: [...orgNumberTexts.en, { id: 'org.title', value: 'Organisation number' }],
    },
  },
);

const meta: Meta<typeof SkjemaForm> = {
  title: 'Forms/Custom component',
  component: SkjemaForm,
  args: { layoutSet, components: [orgNumberInput] },
};
export default meta;

/** An agency's component: an organisation number field that drops spaces as you type. */
export const OrganisationNumber: StoryObj<typeof SkjemaForm> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: /Organisasjonsnummer/ });
    await userEvent.type(field, '987 654 325');
    await expect(field).toHaveValue('987654325');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  },
};

/** The component's own validator: a number whose mod-11 control digit is wrong is an error. */
export const InvalidCheckDigit: StoryObj<typeof SkjemaForm> = {
  args: { initialData: { orgNumber: '987654321' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: /Organisasjonsnummer/ });
    await expect(field).toHaveAccessibleDescription(/987654321 er ikke et gyldig organisasjonsnummer/);
  },
};

/** The validator's error blocks submit and is listed in the error report, like a built-in error. */
export const BlocksSubmit: StoryObj<typeof SkjemaForm> = {
  args: { initialData: { orgNumber: '98765' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    const report = await canvas.findByRole('group', { name: /rette disse feilene/ });
    await expect(within(report).getByRole('link', { name: 'Organisasjonsnummeret må ha 9 siffer.' })).toBeVisible();
  },
};
