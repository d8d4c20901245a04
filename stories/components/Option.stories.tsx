import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'kind.title': ['Type arrangement', 'Kind of event'],
  'kind.chosen': ['Du har valgt', 'You have chosen'],
  'kind.concert': ['Konsert', 'Concert'],
  'kind.market': ['Marked', 'Market'],
});

const options = [
  { value: 'concert', label: 'kind.concert' },
  { value: 'market', label: 'kind.market' },
];

const components: RawComponent[] = [
  {
    id: 'kind',
    type: 'RadioButtons',
    options,
    dataModelBindings: { simpleBinding: 'event.kind' },
    textResourceBindings: { title: 'kind.title' },
  },
  {
    id: 'kind-chosen',
    type: 'Option',
    options,
    value: ['dataModel', 'event.kind'],
    textResourceBindings: { title: 'kind.chosen' },
  },
];

const meta = {
  title: 'Components/Option',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(components, { texts }), initialData: { event: { kind: 'market' } } },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The label of the chosen value, which follows the radio buttons. */
export const ChosenLabel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('definition')).toHaveTextContent('Marked');
    await userEvent.click(canvas.getByRole('radio', { name: 'Konsert' }));
    await expect(canvas.getByRole('definition')).toHaveTextContent('Konsert');
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('definition')).toHaveTextContent('Market');
  },
};
