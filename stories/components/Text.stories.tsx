import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'organiser.title': ['Arrangør', 'Organiser'],
  'summary.title': ['Dette søker du om', 'You are applying for'],
  'summary.desc': ['Oppdateres mens du fyller ut', 'Updated as you fill in the form'],
});

const organiser = {
  id: 'organiser',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'event.organiser' },
  textResourceBindings: { title: 'organiser.title' },
};
const summary = (direction: 'horizontal' | 'vertical') => ({
  id: 'summary',
  type: 'Text',
  direction,
  value: ['concat', 'Vårmarked, arrangert av ', ['dataModel', 'event.organiser']],
  textResourceBindings: { title: 'summary.title', description: 'summary.desc' },
});

const meta = {
  title: 'Components/Text',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([organiser, summary('horizontal')], { texts }),
    initialData: { event: { organiser: 'Idrettslaget' } },
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Title and value side by side; the value is an expression and follows the data. */
export const Horizontal: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('definition')).toHaveTextContent('Vårmarked, arrangert av Idrettslaget');
    const input = canvas.getByRole('textbox', { name: 'Arrangør' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Korpset');
    await expect(await canvas.findByText('Vårmarked, arrangert av Korpset')).toBeVisible();
  },
};

export const Vertical: Story = {
  args: { layoutSet: formOf([organiser, summary('vertical')], { texts }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('term')).toHaveTextContent('Dette søker du om');
  },
};

/** A `help` text opens below the title from a small button. */
export const WithHelp: Story = {
  args: {
    layoutSet: formOf(
      [{ ...summary('horizontal'), textResourceBindings: { title: 'summary.title', help: 'summary.desc' } }],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Hjelp til Dette søker du om' }));
    await expect(canvas.getByText('Oppdateres mens du fyller ut')).toBeVisible();
  },
};
