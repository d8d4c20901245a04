import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'costs.title': ['Kostnader', 'Costs'],
  'costs.description': ['Oppgi beløp i hele kroner.', 'Give amounts in whole kroner.'],
  'col.item': ['Post', 'Item'],
  'col.amount': ['Beløp', 'Amount'],
  'col.comment': ['Kommentar', 'Comment'],
  'rent.title': ['Leie av lokale', 'Venue rent'],
  'rent.comment': ['Kommentar til leie', 'Comment on rent'],
  'security.title': ['Vakthold', 'Security'],
  'security.comment': ['Kommentar til vakthold', 'Comment on security'],
  'total.text': ['Totalt beregnes ved innsending', 'The total is calculated on submission'],
});

const input = (id: string, field: string, title: string): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: field },
  textResourceBindings: { title },
});

const components: RawComponent[] = [
  {
    id: 'costs',
    type: 'Grid',
    textResourceBindings: { title: 'costs.title', description: 'costs.description' },
    rows: [
      {
        header: true,
        cells: [
          { text: 'col.item' },
          { text: 'col.amount', alignText: 'right', width: '25%' },
          { text: 'col.comment' },
        ],
      },
      { cells: [{ labelFrom: 'rent' }, { component: 'rent' }, { component: 'rent-comment' }] },
      { cells: [{ labelFrom: 'security' }, { component: 'security' }, { component: 'security-comment' }] },
      { readOnly: true, cells: [{ text: 'total.text' }, null, null] },
    ],
  },
  input('rent', 'costs.rent', 'rent.title'),
  input('rent-comment', 'costs.rentComment', 'rent.comment'),
  input('security', 'costs.security', 'security.title'),
  input('security-comment', 'costs.securityComment', 'security.comment'),
];

const meta = {
  title: 'Components/Grid',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(components, { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Column headings name the fields; each field keeps its own label for screen readers. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('columnheader')).toHaveLength(3);
    const rent = canvas.getByRole('textbox', { name: 'Leie av lokale' });
    await userEvent.type(rent, '5000');
    await expect(rent).toHaveValue('5000');
  },
};

export const Filled: Story = {
  args: { initialData: { costs: { rent: '5000', security: '1200', rentComment: 'Inkludert strøm' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Vakthold' })).toHaveValue('1200');
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Amount' })).toBeVisible();
  },
};

export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
    await expect(canvas.getByRole('region', { name: 'Kostnader' })).toHaveAttribute('tabindex', '0');
  },
};
