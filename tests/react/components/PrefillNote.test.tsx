import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFormSession, type RawComponent } from '../../../src/core/index.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'lastName.title': 'Etternavn',
    'email.title': 'E-post',
    'note.title': 'Kommentar',
    'born.title': 'Fødselsdato',
    'municipality.title': 'Kommune',
  }),
};

const fields: RawComponent[] = [
  {
    id: 'lastName',
    type: 'Input',
    readOnly: true,
    dataModelBindings: { simpleBinding: 'applicant.lastName' },
    textResourceBindings: { title: 'lastName.title' },
  },
  {
    id: 'email',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'applicant.email' },
    textResourceBindings: { title: 'email.title' },
  },
  {
    id: 'note',
    type: 'TextArea',
    dataModelBindings: { simpleBinding: 'applicant.note' },
    textResourceBindings: { title: 'note.title' },
  },
  {
    id: 'born',
    type: 'Datepicker',
    dataModelBindings: { simpleBinding: 'applicant.born' },
    textResourceBindings: { title: 'born.title' },
  },
  {
    id: 'municipality',
    type: 'Dropdown',
    dataModelBindings: { simpleBinding: 'applicant.municipality' },
    textResourceBindings: { title: 'municipality.title' },
    options: [
      { value: '0301', label: 'Oslo' },
      { value: '4601', label: 'Bergen' },
    ],
  },
];

function renderPrefilled(language = 'nb') {
  const layoutSet = formOf(fields, { texts });
  const session = createFormSession({
    layoutSet,
    language,
    initialData: {
      applicant: {
        lastName: 'Salt',
        email: 'sophie@example.no',
        note: 'Skrevet selv',
        born: '1990-03-01',
        municipality: '0301',
      },
    },
    prefilledFields: {
      model: [
        { path: 'applicant.lastName', source: 'DSF', value: 'Salt' },
        { path: 'applicant.email', source: 'UserProfile', value: 'sophie@example.no' },
        // The user has written over this one since: no note.
        { path: 'applicant.note', source: 'prefill', value: 'Fra lenken' },
        { path: 'applicant.born', source: 'DSF', value: '1990-03-01' },
        { path: 'applicant.municipality', source: 'DSF', value: '0301' },
      ],
    },
  });
  return { ...render(<SkjemaForm layoutSet={layoutSet} session={session} language={language} />), session };
}

describe('prefilled fields', () => {
  it('say where the value came from, and a field the app marks read-only stays read-only', async () => {
    const { container } = renderPrefilled();
    const lastName = screen.getByRole('textbox', { name: 'Etternavn' });
    expect(lastName).toHaveAttribute('readonly');
    expect(lastName).toHaveValue('Salt');
    expect(lastName).toHaveAccessibleDescription('Hentet fra Folkeregisteret');
    expect(screen.getByRole('textbox', { name: 'E-post' })).toHaveAccessibleDescription('Hentet fra profilen din');
    expect(screen.getByRole('textbox', { name: 'Kommentar' })).not.toHaveAccessibleDescription();
    await userEvent.setup().type(lastName, 'x');
    expect(lastName).toHaveValue('Salt');
    await expectNoAxeViolations(container);
  });

  it('drop the note once the user changes the value', async () => {
    renderPrefilled();
    const email = screen.getByRole('textbox', { name: 'E-post' });
    await userEvent.setup().type(email, 'm');
    expect(email).toHaveValue('sophie@example.nom');
    expect(screen.queryByText('Hentet fra profilen din')).not.toBeInTheDocument();
  });

  it('say so on a date and a choice from a list too', () => {
    renderPrefilled();
    expect(screen.getByRole('textbox', { name: 'Fødselsdato' })).toHaveAccessibleDescription(
      expect.stringContaining('Hentet fra Folkeregisteret'),
    );
    expect(screen.getByRole('combobox', { name: 'Kommune' })).toHaveAccessibleDescription(
      expect.stringContaining('Hentet fra Folkeregisteret'),
    );
  });

  it('use the built-in texts of the form’s language', () => {
    renderPrefilled('en');
    expect(screen.getAllByText('From the National Population Register')).toHaveLength(3);
  });
});
