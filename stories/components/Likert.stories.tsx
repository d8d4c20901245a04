import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent, TextResource } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const base = textsOf({
  'survey.title': ['Hvor enig er du?', 'How much do you agree?'],
  'survey.description': ['Svar på hver påstand.', 'Answer each statement.'],
  'survey.left': ['Påstand', 'Statement'],
  agree: ['Enig', 'Agree'],
  neutral: ['Nøytral', 'Neutral'],
  disagree: ['Uenig', 'Disagree'],
});
const question: TextResource = {
  id: 'survey.question',
  value: '{0}',
  variables: [{ key: 'survey[{0}].text', dataSource: 'dataModel.default' }],
};
const texts = { nb: [...base.nb, question], en: [...base.en, question] };

const likert = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'survey',
  type: 'Likert',
  dataModelBindings: { questions: 'survey', answer: 'survey.answer' },
  textResourceBindings: { title: 'survey.title', description: 'survey.description', questions: 'survey.question' },
  options: [
    { value: 'agree', label: 'agree' },
    { value: 'neutral', label: 'neutral' },
    { value: 'disagree', label: 'disagree' },
  ],
  ...extra,
});

const data = {
  survey: [
    { altinnRowId: 'q1', text: 'Skjemaet var lett å fylle ut' },
    { altinnRowId: 'q2', text: 'Jeg fant det jeg lette etter', answer: 'neutral' },
    { altinnRowId: 'q3', text: 'Jeg vil bruke tjenesten igjen' },
  ],
};

const form = (extra: Partial<RawComponent> = {}) => formOf([likert(extra)], { texts });

const meta = {
  title: 'Components/Likert',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form(), initialData: data },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Each row is a radio group: Tab reaches it, the arrow keys pick the answer. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Skjemaet var lett å fylle ut Enig' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'Skjemaet var lett å fylle ut Nøytral' })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'Jeg fant det jeg lette etter Nøytral' })).toBeChecked();
  },
};

export const FilterAndDividers: Story = {
  args: {
    layoutSet: form({
      filter: [{ key: 'start', value: 1 }],
      columns: [{ value: 'neutral', divider: 'both' }],
      textResourceBindings: { title: 'survey.title', questions: 'survey.question', leftColumnHeader: 'survey.left' },
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('rowheader')).toHaveLength(2);
    await expect(canvas.getByRole('columnheader', { name: 'Påstand' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    for (const radio of within(canvasElement).getAllByRole('radio')) await expect(radio).toBeRequired();
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Agree' })).toBeVisible();
  },
};

/**
 * In a 375 px column on a wide screen the table scrolls inside a focusable region; on a phone-sized
 * viewport each question becomes its own radio group instead (tested in Likert.test.tsx).
 */
export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
    if (window.matchMedia('(max-width: 40rem)').matches) return;
    await expect(canvas.getByRole('region', { name: 'Hvor enig er du?' })).toHaveAttribute('tabindex', '0');
  },
};

/** `showLabelsInTable`: each answer's label shows beside its radio, not only in the column heading. */
export const ShowLabelsInTable: Story = {
  args: { layoutSet: form({ showLabelsInTable: true }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = within(canvas.getByRole('table'));
    await expect(table.getAllByText('Enig')).toHaveLength(4);
    await userEvent.click(table.getAllByText('Enig')[1]);
    await expect(canvas.getByRole('radio', { name: 'Skjemaet var lett å fylle ut Enig' })).toBeChecked();
  },
};
