import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'contact.title': ['Kontaktperson', 'Contact person'],
  'contact.description': ['Den vi kan ringe på arrangementsdagen.', 'Who we can call on the day of the event.'],
  'name.title': ['Navn', 'Name'],
  'phone.title': ['Telefon', 'Phone'],
  'backup.title': ['Reservekontakt', 'Backup contact'],
  'backup.name.title': ['Navn på reservekontakt', 'Name of backup contact'],
});

const input = (id: string, field: string, title: string): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: field },
  textResourceBindings: { title },
});

const form = (extra: Partial<RawComponent> = {}) =>
  formOf(
    [
      {
        id: 'contact',
        type: 'Group',
        textResourceBindings: { title: 'contact.title', description: 'contact.description' },
        children: ['name', 'phone', 'backup'],
        ...extra,
      },
      input('name', 'contact.name', 'name.title'),
      input('phone', 'contact.phone', 'phone.title'),
      {
        id: 'backup',
        type: 'Group',
        textResourceBindings: { title: 'backup.title' },
        groupingIndicator: 'indented',
        children: ['backup-name'],
      },
      input('backup-name', 'contact.backup', 'backup.name.title'),
    ],
    { texts },
  );

const meta = {
  title: 'Components/Group',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A fieldset named by its heading; the nested group is one heading level deeper. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Kontaktperson' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 3, name: 'Reservekontakt' })).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Navn' })).toHaveFocus();
  },
};

export const Panel: Story = {
  args: { layoutSet: form({ groupingIndicator: 'panel' }) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('#contact')).toHaveClass('skjema-group-panel');
  },
};

export const HeadingLevel: Story = {
  args: { layoutSet: form({ headingLevel: 3 }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 3, name: 'Kontaktperson' })).toBeVisible();
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Contact person' })).toBeVisible();
  },
};

export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
  },
};
