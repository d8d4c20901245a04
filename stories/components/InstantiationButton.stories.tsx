import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ServerActionsProvider } from '../../src/react/context/ServerActionsContext.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'name.title': ['Navn på arrangementet', 'Name of the event'],
  'start.title': ['Start søknaden', 'Start the application'],
});

const onInstantiate = fn(async () => {});

const meta = {
  title: 'Components/InstantiationButton',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [
        {
          id: 'name',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'event.name' },
          textResourceBindings: { title: 'name.title' },
        },
        {
          id: 'start',
          type: 'InstantiationButton',
          mapping: { 'event.name': 'Arrangement.Navn' },
          textResourceBindings: { title: 'start.title' },
        },
      ],
      { texts },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the user typed becomes the prefill of the new instance. */
export const Prefilled: Story = {
  decorators: [
    (Story) => (
      <ServerActionsProvider actions={{ onInstantiate }}>
        <Story />
      </ServerActionsProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Navn på arrangementet' }), 'Vårmarked');
    await userEvent.click(canvas.getByRole('button', { name: 'Start søknaden' }));
    await expect(onInstantiate).toHaveBeenCalledWith({ 'Arrangement.Navn': 'Vårmarked' }, { componentId: 'start' });
  },
};

export const NoServer: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Start søknaden' })).toBeDisabled();
  },
};
