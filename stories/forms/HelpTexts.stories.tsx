import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { helpTexts, helpTextsForm } from '../support/helpTextsForm.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';

/**
 * Help texts (`textResourceBindings.help`, an option's `helpText`, a Grid cell's `help`) behind
 * the "?" button beside each title, closed and open.
 */
const meta = {
  title: 'Forms/HelpTexts',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: helpTextsForm() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const helpButtons = (canvasElement: HTMLElement) =>
  within(canvasElement).getAllByRole('button', { name: /^(Hjelp til|Help with)/ });

async function openAll(canvasElement: HTMLElement) {
  for (const button of helpButtons(canvasElement)) {
    if (button.getAttribute('aria-expanded') === 'false') await userEvent.click(button);
  }
}

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Heading, paragraph, the two fields, the radio group, one option and the Grid heading cell;
    // the field inside the Grid cell shows none.
    await expect(helpButtons(canvasElement)).toHaveLength(7);
    for (const button of helpButtons(canvasElement)) await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByText('Reglene står i politivedtekten.')).not.toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Navn på arrangementet' })).toBeInTheDocument();
  },
};

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await openAll(canvasElement);
    for (const button of helpButtons(canvasElement)) await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Reglene står i politivedtekten.')).toBeVisible();
    await expect(canvas.getByText('Med salgsboder eller matvogner.')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Marked' })).not.toBeChecked();
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Help with Name of the event' }));
    await expect(canvas.getByText(/Use the name the audience knows/)).toBeVisible();
  },
};

export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await openAll(canvasElement);
    await expect(canvas.getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
  },
};

/** Options shown as cards (`showAsCard`): an option's help opens under its card. */
export const OptionCards: Story = {
  args: {
    layoutSet: formOf(
      [
        {
          id: 'kind',
          type: 'RadioButtons',
          showAsCard: true,
          layout: 'row',
          dataModelBindings: { simpleBinding: 'event.kind' },
          textResourceBindings: { title: 'kind.title', help: 'kind.help' },
          options: [
            { value: 'concert', label: 'kind.concert' },
            { value: 'market', label: 'kind.market', helpText: 'kind.market.help' },
          ],
        },
      ],
      { texts: helpTexts },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Hjelp til Marked' }));
    await expect(canvas.getByText('Med salgsboder eller matvogner.')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Marked' })).not.toBeChecked();
  },
};
