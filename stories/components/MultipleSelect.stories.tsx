import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'languages.title': ['Hvilke språk kan arrangementet tilby informasjon på?', 'Which languages can the event offer?'],
  'languages.description': ['Velg alle som passer.', 'Choose all that apply.'],
  'lang.nb': ['Norsk', 'Norwegian'],
  'lang.se': ['Nordsamisk', 'Northern Sami'],
  'lang.en': ['Engelsk', 'English'],
  'lang.uk': ['Ukrainsk', 'Ukrainian'],
});

const languages = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'languages',
  type: 'MultipleSelect',
  dataModelBindings: { simpleBinding: 'event.languages' },
  textResourceBindings: { title: 'languages.title', description: 'languages.description' },
  options: ['nb', 'se', 'en', 'uk'].map((value) => ({ value, label: `lang.${value}` })),
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([languages(extra)], { texts });

const meta = {
  title: 'Components/MultipleSelect',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Velg …' });
    await userEvent.click(toggle);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Nordsamisk' }));
    await expect(canvas.getByRole('button', { name: 'Fjern Nordsamisk' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

export const Filled: Story = {
  args: { initialData: { event: { languages: 'nb,uk' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Fjern Norsk' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Fjern Ukrainsk' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('legend')).toHaveTextContent('*');
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { event: { languages: 'se' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Nordsamisk')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Velg …' })).toBeNull();
  },
};

/** Opened, in English. */
export const Open: Story = {
  args: { language: 'en', initialData: { event: { languages: 'en' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Choose…' }));
    await expect(canvas.getByRole('checkbox', { name: 'English' })).toBeChecked();
  },
};

/** The object-list mode: every chosen language is a row of `event.offered` (soft deletion keeps it unchecked). */
export const ObjectList: Story = {
  args: {
    layoutSet: form({
      dataModelBindings: { group: 'event.offered', simpleBinding: 'event.offered.code', checked: 'event.offered.on' },
      deletionStrategy: 'soft',
    }),
    initialData: {
      event: {
        offered: [
          { altinnRowId: 'r1', code: 'en', on: true },
          { altinnRowId: 'r2', code: 'se', on: false },
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Fjern Engelsk' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Fjern Nordsamisk' })).toBeNull();
  },
};

/** `preselectedOptionIndex` in the object-list mode: the third language starts as a chosen row. */
export const ObjectListPreselected: Story = {
  args: {
    layoutSet: form({
      dataModelBindings: { group: 'event.offered', simpleBinding: 'event.offered.code', checked: 'event.offered.on' },
      preselectedOptionIndex: 2,
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Fjern Engelsk' })).toBeVisible();
  },
};

/** `alertOnChange`: removing a chosen language asks first; the dialog is left open here. */
export const AlertOnChange: Story = {
  args: { layoutSet: form({ alertOnChange: true }), initialData: { event: { languages: 'nb,en' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Fjern Engelsk' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Er du sikker på at du vil fjerne «Engelsk»?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Ja, fjern' })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, fjern' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.queryByRole('button', { name: 'Fjern Engelsk' })).toBeNull();
    // The chip is gone, so the focus goes to the button that opens the options.
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Velg …' })).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: 'Fjern Norsk' }));
    await waitFor(() => expect(canvas.getByRole('dialog')).toBeVisible());
  },
};
