import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'person.title': ['Om deg', 'About you'],
  'name.title': ['Navn', 'Name'],
  'town.title': ['Poststed', 'Town'],
  'guests.title': ['Gjester', 'Guests'],
  'guest.title': ['Gjestens navn', "Guest's name"],
  'guest.town': ['Gjestens poststed', "Guest's town"],
  'back.title': ['Tilbake til gjestelisten', 'Back to the guest list'],
});

const input = (id: string, path: string, title: string) => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: path },
  textResourceBindings: { title },
});

const pagesWith = (summary: Record<string, unknown>) => ({
  review: [{ id: 'summary', type: 'Summary', componentRef: 'person', ...summary }],
  applicant: [
    { id: 'person', type: 'Group', textResourceBindings: { title: 'person.title' }, children: ['name', 'town'] },
    input('name', 'person.name', 'name.title'),
    { ...input('town', 'person.town', 'town.title'), required: true },
  ],
  event: [
    {
      id: 'guests',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'guests' },
      textResourceBindings: { title: 'guests.title' },
      children: ['guest-name', 'guest-town'],
    },
    input('guest-name', 'guests.name', 'guest.title'),
    input('guest-town', 'guests.town', 'guest.town'),
    { id: 'event-nav', type: 'NavigationButtons', showBackButton: true },
  ],
});

const meta = {
  title: 'Components/Summary',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([], { texts, pages: pagesWith({}) }),
    initialData: {
      person: { name: 'Kari Nordmann', town: 'Bergen' },
      guests: [{ name: 'Ola', town: 'Molde' }, { name: 'Per' }],
    },
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A group named by `componentRef`, each field with an `Endre` button. */
export const Group: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Om deg' })).toBeVisible();
    await expect(canvas.getByText('Bergen')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Endre Navn' })).toBeVisible();
  },
};

/** `display.hideChangeButton` leaves the buttons out. */
export const WithoutChangeButtons: Story = {
  args: { layoutSet: formOf([], { texts, pages: pagesWith({ display: { hideChangeButton: true } }) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Kari Nordmann')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
  },
};

/** A repeating group without `largeGroup`: one compact line per field, one change button for the group. */
export const RepeatingGroupCompact: Story = {
  args: { layoutSet: formOf([], { texts, pages: pagesWith({ componentRef: 'guests' }) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Molde')).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: /Endre/ })).toHaveLength(1);
  },
};

/** `largeGroup`: every row in full; after `Endre`, the app's own "back" text returns to the entry. */
export const RepeatingGroupLarge: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: pagesWith({
        componentRef: 'guests',
        largeGroup: true,
        textResourceBindings: { returnToSummaryButtonTitle: 'back.title' },
      }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('button', { name: 'Endre Gjestens poststed' })[1]);
    await userEvent.click(await canvas.findByRole('button', { name: 'Tilbake til gjestelisten' }));
    const entry = await canvas.findAllByRole('button', { name: 'Endre Gjestens poststed' });
    await waitFor(() => expect(entry[1]).toHaveFocus());
  },
};

/** An error the user has been shown is repeated under the field in the summary. */
export const WithErrors: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: {
        ...pagesWith({ componentRef: 'person' }),
        review: [
          { id: 'summary', type: 'Summary', componentRef: 'person' },
          { id: 'submit', type: 'Button' },
        ],
      },
    }),
    initialData: { person: { name: 'Kari Nordmann' } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect((await canvas.findAllByText('Du må fylle ut poststed')).length).toBe(2);
  },
};
