import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { optionsInTableData, optionsInTableForm } from '../../../stories/support/optionsInTable.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

// jsdom applies no style sheets, so these check the class containers.css hides lone labels by; the
// stories check what Chromium shows.
const LONE = 'skjema-lone-option';

function renderInTable(type: 'Checkboxes' | 'RadioButtons' | 'LikertItem', extra: Partial<RawComponent> = {}) {
  return render(
    <SkjemaForm layoutSet={optionsInTableForm(type, extra)} language="nb" initialData={optionsInTableData} />,
  );
}

describe.each(['Checkboxes', 'RadioButtons', 'LikertItem'] as const)('%s in a table cell', (type) => {
  const role = type === 'Checkboxes' ? 'checkbox' : 'radio';

  it('hides a lone option label from view only, keeping it as the accessible name', async () => {
    const { container } = renderInTable(type);
    const table = screen.getByRole('table');
    const controls = within(table).getAllByRole(role, { name: 'Ja, utført' });
    expect(controls).toHaveLength(2);
    for (const control of controls) expect(control.closest('fieldset')).toHaveClass(LONE);
    await expectNoAxeViolations(container);
  });

  it('shows the label with showLabelsInTable', () => {
    renderInTable(type, { showLabelsInTable: true });
    for (const control of within(screen.getByRole('table')).getAllByRole(role, { name: 'Ja, utført' })) {
      expect(control.closest('fieldset')).not.toHaveClass(LONE);
    }
  });

  it('keeps the labels of several options', () => {
    renderInTable(type, {
      options: [
        { value: 'yes', label: 'done.yes' },
        { value: 'no', label: 'Nei' },
      ],
    });
    expect(within(screen.getByRole('table')).getAllByRole(role)[0].closest('fieldset')).not.toHaveClass(LONE);
  });
});

describe('Likert showLabelsInTable', () => {
  const likert = (extra: Partial<RawComponent> = {}): RawComponent => ({
    id: 'survey',
    type: 'Likert',
    dataModelBindings: { questions: 'survey', answer: 'survey.answer' },
    textResourceBindings: { title: 'survey.title', questions: 'survey.question' },
    options: [
      { value: 'agree', label: 'agree' },
      { value: 'disagree', label: 'disagree' },
    ],
    ...extra,
  });
  const texts = {
    nb: nb({ 'survey.title': 'Hvor enig er du?', 'survey.question': 'Påstand', agree: 'Enig', disagree: 'Uenig' }),
  };
  const initialData = { survey: [{ altinnRowId: 'q1' }, { altinnRowId: 'q2' }] };

  it('names the answers only in the column headings by default', () => {
    renderForm([likert()], { texts, initialData });
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('Enig')).toHaveLength(1);
  });

  it('shows each answer label in its cell, clickable, with the same accessible names', async () => {
    const { user, container } = renderForm([likert({ showLabelsInTable: true })], { texts, initialData });
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('Enig')).toHaveLength(3);
    await user.click(within(table).getAllByText('Uenig')[2]);
    expect(within(table).getAllByRole('radio', { name: 'Påstand Uenig' })[1]).toBeChecked();
    await expectNoAxeViolations(container);
  });
});
