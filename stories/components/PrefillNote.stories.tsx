import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { createFormSession, type PrefilledField, type RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'name.title': ['Navn', 'Name'],
  'orgNumber.title': ['Organisasjonsnummer', 'Organisation number'],
  'email.title': ['E-post', 'Email'],
});

const input = (id: string, path: string, readOnly = false): RawComponent => ({
  id,
  type: 'Input',
  readOnly,
  dataModelBindings: { simpleBinding: path },
  textResourceBindings: { title: `${id}.title` },
});

const layoutSet = formOf(
  [
    input('name', 'applicant.name', true),
    input('orgNumber', 'company.orgNumber', true),
    input('email', 'applicant.email'),
  ],
  { texts },
);

const prefilled: PrefilledField[] = [
  { path: 'applicant.name', source: 'DSF', value: 'Sophie Salt' },
  { path: 'company.orgNumber', source: 'ER', value: '897069650' },
  { path: 'applicant.email', source: 'UserProfile', value: 'sophie@example.no' },
];

/** A form whose session knows which fields the service prefilled (as skjema preview records them). */
function PrefilledForm({ language }: { language: string }) {
  const [session] = useState(() =>
    createFormSession({
      layoutSet,
      language,
      initialData: {
        applicant: { name: 'Sophie Salt', email: 'sophie@example.no' },
        company: { orgNumber: '897069650' },
      },
      prefilledFields: { model: prefilled },
    }),
  );
  return <SkjemaForm layoutSet={layoutSet} session={session} language={language} />;
}

const meta = {
  title: 'Components/Prefilled field',
  component: PrefilledForm,
  args: { language: 'nb' },
} satisfies Meta<typeof PrefilledForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Read-only fields from Folkeregisteret and Enhetsregisteret, an editable one from the profile. */
export const FromRegisters: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(
      'Hentet fra Folkeregisteret',
    );
    await expect(canvas.getByRole('textbox', { name: 'Organisasjonsnummer' })).toHaveAccessibleDescription(
      'Hentet fra Enhetsregisteret',
    );
    const email = canvas.getByRole('textbox', { name: 'E-post' });
    await expect(email).toHaveAccessibleDescription('Hentet fra profilen din');
    await userEvent.clear(email);
    await userEvent.type(email, 'kari@example.no');
    await expect(canvas.queryByText('Hentet fra profilen din')).toBeNull();
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('From the National Population Register')).toBeVisible();
  },
};
