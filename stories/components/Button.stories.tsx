import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'event.name.title': ['Navn på arrangementet', 'Name of the event'],
  'summary.submit': ['Send inn søknaden', 'Submit the application'],
});

const eventName = {
  id: 'event-name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'event.name' },
  textResourceBindings: { title: 'event.name.title' },
};

const meta = {
  title: 'Components/Button',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([eventName, { id: 'submit', type: 'Button', mode: 'submit' }], { texts }),
    initialData: { event: { name: 'Vårmarked på torget' } },
    onSubmit: fn(),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Without a title the submit button says "Send inn"; pressing it hands the data to `onSubmit`. */
export const DefaultTitle: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send inn' }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith(
      { event: { name: 'Vårmarked på torget' } },
      { model: { event: { name: 'Vårmarked på torget' } } },
    );
  },
};

export const CustomTitle: Story = {
  args: {
    layoutSet: formOf(
      [eventName, { id: 'submit', type: 'Button', mode: 'submit', textResourceBindings: { title: 'summary.submit' } }],
      { texts },
    ),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Navn på arrangementet' }), ' 2027');
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn søknaden' }));
    await expect(args.onSubmit).toHaveBeenCalledWith(
      { event: { name: 'Vårmarked på torget 2027' } },
      { model: { event: { name: 'Vårmarked på torget 2027' } } },
    );
  },
};
