import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { AppOption, RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'event.category.title': ['Type arrangement', 'Type of event'],
  'event.category.description': ['Velg den typen som passer best.', 'Choose the type that fits best.'],
  'options.category.concert': ['Konsert', 'Concert'],
  'options.category.market': ['Marked', 'Market'],
  'options.category.sports': ['Idrettsarrangement', 'Sports event'],
  'options.category.festival': ['Festival', 'Festival'],
  'options.category.other': ['Annet', 'Other'],
});

const eventCategories: AppOption[] = [
  { value: 'concert', label: 'options.category.concert' },
  { value: 'market', label: 'options.category.market' },
  { value: 'sports', label: 'options.category.sports' },
  { value: 'festival', label: 'options.category.festival' },
  { value: 'other', label: 'options.category.other' },
];

const category = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'event-category',
  type: 'Dropdown',
  optionsId: 'eventCategories',
  dataModelBindings: { simpleBinding: 'event.category' },
  textResourceBindings: { title: 'event.category.title', description: 'event.category.description' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([category(extra)], { texts, options: { eventCategories } });

const LABEL = 'Type arrangement';

const meta = {
  title: 'Components/Dropdown',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Options from the app's code list (`optionsId`). */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: LABEL });
    await expect(select).toHaveValue('');
    await userEvent.selectOptions(select, 'Marked');
    await expect(select).toHaveValue('market');
  },
};

export const Filled: Story = {
  args: { initialData: { event: { category: 'festival' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: LABEL })).toHaveValue('festival');
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: LABEL })).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { event: { category: 'concert' } } },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: LABEL });
    await expect(select).toHaveAttribute('aria-readonly', 'true');
    await userEvent.selectOptions(select, 'Marked');
    await expect(select).toHaveValue('concert');
  },
};

/** Options written in the layout (`options`), labels from the text resources. */
export const StaticOptions: Story = {
  args: {
    layoutSet: formOf(
      [
        category({
          optionsId: undefined,
          options: [
            { value: 'concert', label: 'options.category.concert' },
            { value: 'sports', label: 'options.category.sports' },
          ],
        }),
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Velg …',
      'Konsert',
      'Idrettsarrangement',
    ]);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: LABEL }), 'Idrettsarrangement');
    await expect(canvas.getByRole('combobox', { name: LABEL })).toHaveValue('sports');
  },
};

/** `alertOnChange`: changing an earlier choice asks first; "Ja, endre" changes it. */
export const AlertOnChange: Story = {
  args: { layoutSet: form({ alertOnChange: true }), initialData: { event: { category: 'concert' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox', { name: 'Type arrangement' });
    await userEvent.selectOptions(select, 'Marked');
    const dialog = await canvas.findByRole('dialog', { name: 'Er du sikker på at du vil endre fra «Konsert»?' });
    await expect(select).toHaveValue('concert');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, endre' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(select).toHaveValue('market');
    await waitFor(() => expect(select).toHaveFocus());
  },
};
