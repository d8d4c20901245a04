import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: [
    ...nb({
      'survey.title': 'Hvor enig er du?',
      'survey.left': 'Påstand',
      agree: 'Enig',
      neutral: 'Nøytral',
      disagree: 'Uenig',
    }),
    { id: 'survey.question', value: '{0}', variables: [{ key: 'survey[{0}].text', dataSource: 'dataModel.default' }] },
  ],
};

function likert(extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    {
      id: 'survey',
      type: 'Likert',
      dataModelBindings: { questions: 'survey', answer: 'survey.answer' },
      textResourceBindings: { title: 'survey.title', questions: 'survey.question' },
      options: [
        { value: 'agree', label: 'agree' },
        { value: 'neutral', label: 'neutral' },
        { value: 'disagree', label: 'disagree' },
      ],
      ...extra,
    },
  ];
}

const data = {
  survey: [
    { altinnRowId: 'q1', text: 'Skjemaet var lett å fylle ut' },
    { altinnRowId: 'q2', text: 'Jeg fant det jeg lette etter', answer: 'neutral' },
    { altinnRowId: 'q3', text: 'Jeg vil bruke tjenesten igjen' },
  ],
};

describe('Likert', () => {
  it('is a table with the questions as rows and the answers as columns', async () => {
    const { container } = renderForm(likert(), { texts, initialData: data });
    const table = screen.getByRole('table', { name: 'Hvor enig er du?' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Spørsmål', 'Enig', 'Nøytral', 'Uenig']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Skjemaet var lett å fylle ut', 'Jeg fant det jeg lette etter', 'Jeg vil bruke tjenesten igjen']);
    expect(screen.getByRole('radio', { name: 'Jeg fant det jeg lette etter Nøytral' })).toBeChecked();
    await expectNoAxeViolations(container);
  });

  it('stores the answer in the question’s row', async () => {
    const { user, submitted } = renderForm(likert(), { texts, initialData: data, withSubmit: true });
    await user.click(screen.getByRole('radio', { name: 'Jeg vil bruke tjenesten igjen Enig' }));
    expect(screen.getByRole('radio', { name: 'Jeg vil bruke tjenesten igjen Enig' })).toBeChecked();
    const saved = (await submitted()) as { survey: { answer?: string }[] };
    expect(saved.survey.map((row) => row.answer)).toEqual([undefined, 'neutral', 'agree']);
  });

  it('shows only the rows within filter and the leftColumnHeader', () => {
    renderForm(
      likert({
        filter: [
          { key: 'start', value: 1 },
          { key: 'stop', value: 3 },
        ],
        textResourceBindings: { title: 'survey.title', questions: 'survey.question', leftColumnHeader: 'survey.left' },
      }),
      { texts, initialData: data },
    );
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Jeg fant det jeg lette etter',
      'Jeg vil bruke tjenesten igjen',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Påstand' })).toBeVisible();
  });

  it('marks required questions and keeps read-only answers', async () => {
    const { user } = renderForm(likert({ required: true, readOnly: true }), { texts, initialData: data });
    const radio = screen.getByRole('radio', { name: 'Skjemaet var lett å fylle ut Enig' });
    expect(radio).toBeRequired();
    await user.click(radio);
    expect(radio).not.toBeChecked();
  });

  describe('on a narrow screen', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('shows one radio group per question instead of the table', async () => {
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: true,
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }));
      const { user, container, submitted } = renderForm(likert(), { texts, initialData: data, withSubmit: true });
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      const question = await screen.findByRole('group', { name: 'Skjemaet var lett å fylle ut' });
      await user.click(within(question).getByRole('radio', { name: 'Uenig' }));
      expect((await submitted()).survey).toMatchObject([{ answer: 'disagree' }, { answer: 'neutral' }, {}]);
      await expectNoAxeViolations(container);
    });
  });
});
