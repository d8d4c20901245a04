import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'event.description.title': ['Beskrivelse av arrangementet', 'Description of the event'],
  'event.description.description': [
    'Fortell kort hva som skal skje, hvor det skal foregå og når det starter og slutter.',
    'Tell us briefly what will happen, where, and when it starts and ends.',
  ],
});

const LABEL = 'Beskrivelse av arrangementet';

const description = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'event-description',
  type: 'TextArea',
  maxLength: 200,
  dataModelBindings: { simpleBinding: 'event.description' },
  textResourceBindings: { title: 'event.description.title', description: 'event.description.description' },
  ...extra,
});

const filled = {
  event: { description: 'Vårmarked på torget med 40 boder.\nÅpent fra kl. 10 til kl. 16 lørdag 17. mai.' },
};

const meta = {
  title: 'Components/TextArea',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([description()], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: LABEL });
    await userEvent.type(field, 'Konsert i parken');
    await expect(field).toHaveValue('Konsert i parken');
    // Designsystemet shows the counter as CSS generated content from `data-label`, and the field
    // is described by it (Chromium reads generated content; the testing library does not).
    const counter = canvasElement.querySelector('[data-field="counter"]');
    await expect(counter).toHaveAttribute('data-label', 'Du har 184 av 200 tegn igjen');
    await expect(getComputedStyle(counter ?? field, '::after').content).toBe('"Du har 184 av 200 tegn igjen"');
    await expect(field.getAttribute('aria-describedby')).toContain(counter?.id);
  },
};

export const Filled: Story = {
  args: { initialData: filled },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: LABEL })).toHaveValue(filled.event.description);
  },
};

export const Required: Story = {
  args: { layoutSet: formOf([description({ required: true })], { texts }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: LABEL })).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: formOf([description({ readOnly: true })], { texts }), initialData: filled },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: LABEL });
    await userEvent.type(field, 'endret');
    await expect(field).toHaveValue(filled.event.description);
  },
};

/** Switched to English after typing: the counter Designsystemet draws follows the language at once. */
export const SwitchedToEnglish: Story = {
  args: { showLanguageSelector: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: LABEL }), 'Konsert i parken');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Språk' }), 'en');
    await expect(canvas.getByRole('textbox', { name: 'Description of the event' })).toHaveValue('Konsert i parken');
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-field="counter"]')).toHaveAttribute(
        'data-label',
        'You have 184 of 200 characters left',
      ),
    );
  },
};
