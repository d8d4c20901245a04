import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { isVisuallyHidden, optionsInTableData, optionsInTableForm } from '../support/optionsInTable.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'applicant.type.title': ['Hvem søker?', 'Who is applying?'],
  'applicant.type.description': [
    'Velg om du søker som privatperson eller på vegne av en organisasjon.',
    'Choose whether you apply as a private person or on behalf of an organisation.',
  ],
  'applicant.type.person': ['Privatperson', 'Private person'],
  'applicant.type.person.description': ['Du søker i eget navn.', 'You apply in your own name.'],
  'applicant.type.organisation': ['Organisasjon eller foretak', 'Organisation or business'],
  'applicant.type.organisation.description': [
    'Du trenger organisasjonsnummeret.',
    'You will need the organisation number.',
  ],
});

const applicantType = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'applicant-type',
  type: 'RadioButtons',
  dataModelBindings: { simpleBinding: 'applicant.type' },
  textResourceBindings: { title: 'applicant.type.title', description: 'applicant.type.description' },
  options: [
    { value: 'person', label: 'applicant.type.person', description: 'applicant.type.person.description' },
    {
      value: 'organisation',
      label: 'applicant.type.organisation',
      description: 'applicant.type.organisation.description',
    },
  ],
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([applicantType(extra)], { texts });

const meta = {
  title: 'Components/RadioButtons',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab into the group and pick with the arrow keys. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const person = canvas.getByRole('radio', { name: 'Privatperson' });
    const organisation = canvas.getByRole('radio', { name: 'Organisasjon eller foretak' });
    await expect(person).not.toBeChecked();
    await userEvent.tab();
    await expect(person).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(person).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    await expect(organisation).toBeChecked();
    await expect(person).not.toBeChecked();
  },
};

export const Filled: Story = {
  args: { initialData: { applicant: { type: 'organisation' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('radio', { name: 'Organisasjon eller foretak' })).toBeChecked();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    for (const radio of within(canvasElement).getAllByRole('radio')) await expect(radio).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { applicant: { type: 'person' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Organisasjon eller foretak' }));
    await expect(canvas.getByRole('radio', { name: 'Privatperson' })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'Organisasjon eller foretak' })).not.toBeChecked();
  },
};

/** `layout: "row"` puts the options side by side. */
export const Row: Story = {
  args: { layoutSet: form({ layout: 'row' }) },
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole('radio');
    await expect(first.getBoundingClientRect().top).toBe(second.getBoundingClientRect().top);
    await expect(second.getBoundingClientRect().left).toBeGreaterThan(first.getBoundingClientRect().right);
  },
};

export const Cards: Story = {
  args: { layoutSet: form({ showAsCard: true }) },
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole('radio');
    const card = (radio: HTMLElement) => radio.closest('.skjema-option-cards > *') as HTMLElement;
    await expect(getComputedStyle(card(first)).borderTopStyle).toBe('solid');
    await userEvent.click(card(second));
    await expect(second).toBeChecked();
    await expect(getComputedStyle(card(second)).boxShadow).not.toBe('none');
    await expect(getComputedStyle(card(first)).boxShadow).toBe('none');
  },
};

/** In a table cell a lone option's label only repeats the column heading: hidden from view, read by screen readers. */
export const InTable: Story = {
  args: { layoutSet: optionsInTableForm('RadioButtons'), initialData: optionsInTableData },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('radio', { name: 'Ja, utført' })[0]).toBeChecked();
    await expect(isVisuallyHidden(canvas.getAllByText('Ja, utført')[0])).toBe(true);
  },
};

/** `showLabelsInTable`: the option's label shows in every cell. */
export const InTableShowLabels: Story = {
  args: { layoutSet: optionsInTableForm('RadioButtons', { showLabelsInTable: true }), initialData: optionsInTableData },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const label of canvas.getAllByText('Ja, utført')) await expect(isVisuallyHidden(label)).toBe(false);
    await userEvent.click(canvas.getAllByText('Ja, utført')[1]);
    await expect(canvas.getAllByRole('radio', { name: 'Ja, utført' })[1]).toBeChecked();
  },
};

/** `alertOnChange`: changing an earlier choice asks first, in a modal dialog (left open here). */
export const AlertOnChange: Story = {
  args: { layoutSet: form({ alertOnChange: true }), initialData: { applicant: { type: 'person' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Organisasjon eller foretak' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Er du sikker på at du vil endre fra «Privatperson»?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Ja, endre' })).toHaveFocus());
    await expect(canvas.getByRole('radio', { name: 'Privatperson' })).toBeChecked();
  },
};

/**
 * `optionsId` naming a code list the app has neither as a file nor from its backend: the group says
 * the options could not be fetched instead of offering nothing to choose.
 */
export const OptionsNotFetched: Story = {
  args: { layoutSet: form({ options: undefined, optionsId: 'kommuner' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: /Hvem søker\?/ });
    await expect(await within(group).findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet svaralternativene');
    await expect(within(group).queryAllByRole('radio')).toEqual([]);
  },
};
