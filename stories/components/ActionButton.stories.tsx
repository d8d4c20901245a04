import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ServerActionsProvider } from '../../src/react/context/ServerActionsContext.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';

const onAction = fn(async () => {});

const meta = {
  title: 'Components/ActionButton',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([
      { id: 'sign', type: 'ActionButton', action: 'sign', buttonStyle: 'primary' },
      { id: 'reject', type: 'ActionButton', action: 'reject', buttonStyle: 'secondary' },
    ]),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sign and reject, performed by the app's `onAction`. */
export const WithServer: Story = {
  decorators: [
    (Story) => (
      <ServerActionsProvider actions={{ onAction }}>
        <Story />
      </ServerActionsProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Signer' }));
    await expect(onAction).toHaveBeenCalledWith('sign', { componentId: 'sign' });
  },
};

/** No `onAction`: disabled, with the reason next to the buttons. */
export const NoServer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Signer' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Avvis' })).toHaveAccessibleDescription(
      'Denne handlingen er ikke tilgjengelig her.',
    );
  },
};

export const English: Story = {
  args: {
    language: 'en',
    layoutSet: {
      ...formOf([{ id: 'ok', type: 'ActionButton', action: 'confirm', buttonStyle: 'primary' }]),
      texts: { nb: [], en: [] },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Confirm' })).toBeDisabled();
  },
};
