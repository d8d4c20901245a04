import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import type { GridConfig } from '../../src/react/responsiveGrid/gridConfig.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'firstName.title': ['Fornavn', 'First name'],
  'lastName.title': ['Etternavn', 'Last name'],
  'street.title': ['Gateadresse', 'Street address'],
  'flat.title': ['Bolignummer', 'Flat number'],
  'postcode.title': ['Postnummer', 'Postcode'],
  'town.title': ['Poststed', 'Town'],
  'phone.title': ['Telefon', 'Phone'],
  'phone.description': ['Vi ringer bare hvis noe er uklart.', 'We only call if something is unclear.'],
  'contactBy.title': ['Hvordan vil du bli kontaktet?', 'How would you like to be contacted?'],
  'byPhone.label': ['Telefon', 'Phone'],
  'byEmail.label': ['E-post', 'Email'],
  'remarks.title': ['Merknader', 'Remarks'],
  'guardian.title': ['Foresatt', 'Guardian'],
  'guardianName.title': ['Navn', 'Name'],
  'guardianPhone.title': ['Mobil', 'Mobile'],
});

const input = (id: string, grid?: GridConfig): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: `person.${id}` },
  textResourceBindings: { title: `${id}.title` },
  ...(grid !== undefined && { grid }),
});

const layout: RawComponent[] = [
  input('firstName', { xs: 12, md: 6 }),
  input('lastName', { xs: 12, md: 6 }),
  input('street', { sm: 8 }),
  input('flat', { sm: 'auto' }),
  input('postcode', { xs: 6, sm: 4 }),
  input('town', { xs: 6, sm: 8 }),
  {
    ...input('phone', { labelGrid: { md: 4 }, innerGrid: { md: 8 } }),
    textResourceBindings: { title: 'phone.title', description: 'phone.description' },
  },
  {
    id: 'contactBy',
    type: 'RadioButtons',
    dataModelBindings: { simpleBinding: 'person.contactBy' },
    textResourceBindings: { title: 'contactBy.title' },
    options: [
      { value: 'phone', label: 'byPhone.label' },
      { value: 'email', label: 'byEmail.label' },
    ],
    grid: { labelGrid: { md: 4 }, innerGrid: { md: 8 } },
  },
  {
    id: 'guardian',
    type: 'Group',
    textResourceBindings: { title: 'guardian.title' },
    groupingIndicator: 'panel',
    children: ['guardianName', 'guardianPhone'],
  },
  input('guardianName', { sm: 7 }),
  input('guardianPhone', { sm: 5 }),
  {
    id: 'remarks',
    type: 'TextArea',
    dataModelBindings: { simpleBinding: 'person.remarks' },
    textResourceBindings: { title: 'remarks.title' },
    grid: { innerGrid: { md: 8 } },
  },
];

const meta = {
  title: 'Forms/Responsive grid',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(layout, { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const wrapper = (canvasElement: HTMLElement, id: string) =>
  canvasElement.querySelector(`[data-componentid="${id}"]`)!.getBoundingClientRect();

/**
 * Names side by side from md (960 px), address parts from sm (600 px), postcode beside town even
 * on a phone; phone and contact choice put their label beside the input from md. Resize the
 * browser (or pick a viewport) to see the columns change; the DOM order never does.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Fornavn' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Hvordan vil du bli kontaktet?' })).toBeVisible();
    const sideBySide = (a: string, b: string) => wrapper(canvasElement, a).top === wrapper(canvasElement, b).top;
    await expect(sideBySide('postcode', 'town')).toBe(true);
    await expect(sideBySide('firstName', 'lastName')).toBe(window.matchMedia('(min-width: 960px)').matches);
    await expect(sideBySide('street', 'flat')).toBe(window.matchMedia('(min-width: 600px)').matches);
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Last name' })).toBeVisible();
  },
};
