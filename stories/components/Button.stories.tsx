import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ServerActionsProvider } from '../../src/react/context/ServerActionsContext.ts';
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

const onSave = fn(async () => {});

/** `mode: "save"` hands the data to the app's `onSave`. */
export const Save: Story = {
  args: { layoutSet: formOf([eventName, { id: 'save', type: 'Button', mode: 'save' }], { texts }) },
  decorators: [
    (Story) => (
      <ServerActionsProvider actions={{ onSave }}>
        <Story />
      </ServerActionsProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Lagre' }));
    await expect(onSave).toHaveBeenCalledWith(
      { event: { name: 'Vårmarked på torget' } },
      { model: { event: { name: 'Vårmarked på torget' } } },
      { componentId: 'save' },
    );
  },
};

/** Without a server, save and instantiate are disabled and say why. */
export const NoServer: Story = {
  args: {
    layoutSet: formOf(
      [
        { id: 'save', type: 'Button', mode: 'save' },
        { id: 'start', type: 'Button', mode: 'instantiate' },
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Lagre' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Start nytt skjema' })).toBeDisabled();
  },
};

/** Large, full width, centred. */
export const Layout: Story = {
  args: {
    layoutSet: formOf([{ id: 'submit', type: 'Button', size: 'lg', fullWidth: true, position: 'center' }], { texts }),
  },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Send inn' });
    await expect(button.getBoundingClientRect().width).toBeGreaterThan(300);
  },
};

/**
 * The last page of a form as apps build it: the submit button, a print button and the navigation
 * buttons start at the same left edge, each on its own line, the primary one first.
 */
export const WithOtherButtons: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: {
        form: [eventName],
        summary: [
          { id: 'submit', type: 'Button', mode: 'submit', textResourceBindings: { title: 'summary.submit' } },
          { id: 'print', type: 'PrintButton' },
          { id: 'nav', type: 'NavigationButtons', showBackButton: true },
        ],
      },
    }),
    page: 'summary',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const lefts = ['Send inn søknaden', 'Skriv ut / lagre som PDF', 'Tilbake'].map(
      (name) => canvas.getByRole('button', { name }).getBoundingClientRect().left,
    );
    await expect(new Set(lefts).size).toBe(1);
  },
};
