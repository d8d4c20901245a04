import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'fee.title': ['Gebyr', 'Fee'],
  'distance.title': ['Løypelengde', 'Course length'],
  'area.title': ['Areal', 'Area'],
});

const numbers: RawComponent[] = [
  {
    id: 'fee',
    type: 'Number',
    value: ['dataModel', 'fee'],
    formatting: { currency: 'NOK' },
    textResourceBindings: { title: 'fee.title' },
  },
  {
    id: 'distance',
    type: 'Number',
    value: 12.5,
    formatting: { unit: 'kilometer' },
    textResourceBindings: { title: 'distance.title' },
  },
  {
    id: 'area',
    type: 'Number',
    value: 1234.5,
    formatting: { number: { thousandSeparator: ' ', decimalSeparator: ',', decimalScale: 2, suffix: ' m²' } },
    textResourceBindings: { title: 'area.title' },
  },
];

const meta = {
  title: 'Components/Number',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(numbers, { texts }), initialData: { fee: 1250.5 } },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const values = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('definition')
    .map((value) => value.textContent?.replace(/\s/g, ' '));

/** Currency, unit and explicit separators in Norwegian. */
export const Norwegian: Story = {
  play: async ({ canvasElement }) => {
    await expect(values(canvasElement)).toEqual(['kr 1 250,50', '12,5 km', '1 234,5 m²']);
  },
};

/** The same numbers in English: the language decides the separators. */
export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(values(canvasElement)).toEqual(['NOK 1,250.50', '12.5 km', '1 234,5 m²']);
  },
};
