import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'person.title': ['Om deg', 'About you'],
  'name.title': ['Navn', 'Name'],
  'town.title': ['Poststed', 'Town'],
  'guests.title': ['Gjester', 'Guests'],
  'guest.title': ['Gjestens navn', "Guest's name"],
  'guest.town': ['Gjestens poststed', "Guest's town"],
  'back.title': ['Tilbake til gjestelisten', 'Back to the guest list'],
  'contact.title': ['Kontaktopplysninger', 'Contact details'],
  'contact.field': ['Opplysning', 'Detail'],
  'contact.answer': ['Svar', 'Answer'],
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

const gridPages = (summary: Record<string, unknown>) => ({
  ...pagesWith({}),
  review: [{ id: 'summary', type: 'Summary', componentRef: 'contact', ...summary }],
  applicant: [
    {
      id: 'contact',
      type: 'Grid',
      textResourceBindings: { title: 'contact.title' },
      rows: [
        { header: true, cells: [{ text: 'contact.field' }, { text: 'contact.answer' }] },
        { cells: [{ labelFrom: 'name' }, { component: 'name' }] },
        { cells: [{ labelFrom: 'town' }, { component: 'town' }] },
      ],
    },
    input('name', 'person.name', 'name.title'),
    { ...input('town', 'person.town', 'town.title'), required: true },
  ],
});

/** A Grid keeps its table: header row as column headings, each answer with its change button. */
export const GridAsTable: Story = {
  args: { layoutSet: formOf([], { texts, pages: gridPages({}) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(within(table).getByRole('columnheader', { name: 'Svar' })).toBeVisible();
    await expect(within(table).getByRole('cell', { name: 'Poststed' })).toBeVisible();
    await expect(within(table).getByRole('button', { name: 'Endre Poststed' })).toBeVisible();
  },
};

/** On a phone the table scrolls in its own region; the page does not scroll sideways. */
export const GridOnPhone: Story = {
  ...GridAsTable,
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
    await expect(canvas.getByRole('region', { name: 'Kontaktopplysninger' })).toHaveAttribute('tabindex', '0');
  },
};

const splitPages = (display: Record<string, unknown>) => ({
  ...pagesWith({ display }),
  applicant: [
    { id: 'person', type: 'Group', textResourceBindings: { title: 'person.title' }, children: ['name', 'town'] },
    { ...input('name', 'person.name', 'name.title'), grid: { labelGrid: { xs: 4 }, innerGrid: { xs: 8 } } },
    { ...input('town', 'person.town', 'town.title'), grid: { xs: 6 } },
  ],
});

const box = (element: Element) => element.getBoundingClientRect();

/**
 * `display.useComponentGrid`: the name's line follows its field's labelGrid/innerGrid (title
 * beside the value), and the town's line takes half the width, as the field does in the form.
 */
export const ComponentGrid: Story = {
  args: { layoutSet: formOf([], { texts, pages: splitPages({ useComponentGrid: true }) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [nameTitle, townTitle] = canvas.getAllByRole('term');
    const [nameValue, townValue] = canvas.getAllByRole('definition');
    await expect(box(nameValue).left).toBeGreaterThanOrEqual(box(nameTitle).right);
    // Beside, not below: the two overlap vertically (how exactly they align depends on the font).
    await expect(box(nameValue).top).toBeLessThan(box(nameTitle).bottom);
    await expect(box(nameTitle).top).toBeLessThan(box(nameValue).bottom);
    await expect(box(townValue).top).toBeGreaterThan(box(townTitle).top);
    const line = (element: Element) => box(element.parentElement as Element);
    await expect(line(townTitle).width).toBeLessThan(line(nameTitle).width * 0.6);
  },
};

/** Without it the same fields get full-width lines, title above value. */
export const WithoutComponentGrid: Story = {
  args: { layoutSet: formOf([], { texts, pages: splitPages({}) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [nameTitle] = canvas.getAllByRole('term');
    const [nameValue] = canvas.getAllByRole('definition');
    await expect(box(nameValue).top).toBeGreaterThan(box(nameTitle).top);
  },
};

/**
 * Summaries side by side on a page, as apps put them: one whose target is hidden and one of a
 * group with nothing visible draw nothing at all; the others draw one dashed rule each, with no
 * second rule above it from their last line.
 */
export const HiddenAndEmptyTargets: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: {
        review: [
          { id: 'summary-hidden', type: 'Summary', componentRef: 'town' },
          { id: 'summary-empty', type: 'Summary', componentRef: 'empty' },
          { id: 'summary-name', type: 'Summary', componentRef: 'name' },
          { id: 'summary-person', type: 'Summary', componentRef: 'person' },
        ],
        applicant: [
          {
            id: 'person',
            type: 'Group',
            textResourceBindings: { title: 'person.title' },
            children: ['name', 'town'],
          },
          input('name', 'person.name', 'name.title'),
          { ...input('town', 'person.town', 'town.title'), hidden: true },
          { id: 'empty', type: 'Group', textResourceBindings: { title: 'contact.title' }, children: ['phone'] },
          { ...input('phone', 'person.phone', 'contact.field'), hidden: true },
        ],
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Navn']);
    await expect(canvasElement.querySelector('#summary-hidden')).toBeNull();
    await expect(canvasElement.querySelector('#summary-empty')).toBeNull();
    await expect(canvasElement.querySelectorAll('.skjema-summary--bordered')).toHaveLength(2);
  },
};
