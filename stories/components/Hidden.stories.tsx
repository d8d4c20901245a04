import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'a.title': ['Skal arrangementet holdes innendørs?', 'Will the event be held indoors?'],
  'a.description': [
    'Skriv «x» hvis arrangementet er innendørs; da trenger vi ikke værplanen.',
    'Type “x” if the event is indoors; then we do not need the weather plan.',
  ],
  'weather.title': ['Plan ved dårlig vær', 'Plan for bad weather'],
});

const meta = {
  title: 'Components/Hidden',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [
        {
          id: 'indoors',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'a' },
          textResourceBindings: { title: 'a.title', description: 'a.description' },
        },
        {
          id: 'weather-plan',
          type: 'TextArea',
          hidden: ['equals', ['dataModel', 'a'], 'x'],
          dataModelBindings: { simpleBinding: 'weatherPlan' },
          textResourceBindings: { title: 'weather.title' },
        },
      ],
      { texts },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The second field has `hidden: ["equals", ["dataModel", "a"], "x"]`: typing "x" in the first hides it. */
export const Visible: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Plan ved dårlig vær' })).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Skal arrangementet holdes innendørs?' }), 'x');
    await expect(canvas.queryByRole('textbox', { name: 'Plan ved dårlig vær' })).toBeNull();
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Skal arrangementet holdes innendørs?' }));
    await expect(canvas.getByRole('textbox', { name: 'Plan ved dårlig vær' })).toBeVisible();
  },
};

export const HiddenByData: Story = {
  args: { initialData: { a: 'x' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('textbox', { name: 'Plan ved dårlig vær' })).toBeNull();
  },
};
