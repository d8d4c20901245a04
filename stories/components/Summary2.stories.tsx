import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { LoadedLayoutSet } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  review: ['Oppsummering', 'Summary'],
  applicant: ['Om deg', 'About you'],
  event: ['Arrangementet', 'The event'],
  'name.title': ['Navn', 'Name'],
  'phone.title': ['Telefon', 'Phone'],
  'event.title': ['Navn på arrangementet', 'Name of the event'],
  'guests.title': ['Gjester', 'Guests'],
  'guest.title': ['Gjestens navn', "Guest's name"],
  'colours.title': ['Favorittfarger', 'Favourite colours'],
  'colour.red': ['Rød', 'Red'],
  'colour.blue': ['Blå', 'Blue'],
  'phone.empty': ['Ingen telefon oppgitt', 'No phone given'],
  earlier: ['Søknaden', 'The application'],
  budget: ['Budsjett', 'Budget'],
  'costs.title': ['Kostnader', 'Costs'],
  'col.item': ['Post', 'Item'],
  'col.amount': ['Beløp', 'Amount'],
  'col.comment': ['Kommentar', 'Comment'],
  'rent.title': ['Leie av lokale', 'Venue rent'],
  'rent.comment': ['Kommentar til leie', 'Comment on rent'],
  'security.title': ['Vakthold', 'Security'],
  'security.comment': ['Kommentar til vakthold', 'Comment on security'],
  'total.text': ['Totalt beregnes ved innsending', 'The total is calculated on submission'],
});

const input = (id: string, path: string, title: string) => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: path },
  textResourceBindings: { title },
});

const colours = {
  id: 'colours',
  type: 'Checkboxes',
  dataModelBindings: { simpleBinding: 'person.colours' },
  textResourceBindings: { title: 'colours.title' },
  options: [
    { value: 'red', label: 'colour.red' },
    { value: 'blue', label: 'colour.blue' },
  ],
};

const nav = (page: string) => ({ id: `${page}-nav`, type: 'NavigationButtons', showBackButton: true });

const pagesWith = (summary: Record<string, unknown>) => ({
  review: [
    { id: 'summary', type: 'Summary2', ...summary },
    { id: 'submit', type: 'Button' },
  ],
  applicant: [
    input('name', 'person.name', 'name.title'),
    { ...input('phone', 'person.phone', 'phone.title'), required: true },
    colours,
    nav('applicant'),
  ],
  event: [
    input('event-name', 'event.name', 'event.title'),
    {
      id: 'guests',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'guests' },
      textResourceBindings: { title: 'guests.title' },
      children: ['guest'],
    },
    input('guest', 'guests.name', 'guest.title'),
    nav('event'),
  ],
});

const meta = {
  title: 'Components/Summary2',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([], { texts, pages: pagesWith({}) }),
    initialData: {
      person: { name: 'Kari Nordmann', colours: 'red,blue' },
      event: { name: 'Vårmarked' },
      guests: [{ name: 'Ola' }, { name: 'Per' }],
    },
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole layout set, page by page; an empty field says so, and `Endre` goes back to it. */
export const LayoutSet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Om deg' })).toBeVisible();
    await expect(canvas.getByText('Kari Nordmann')).toBeVisible();
    await expect(canvas.getByText('Ikke besvart')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Endre Telefon' }));
    const field = await canvas.findByRole('textbox', { name: /Telefon/ });
    await waitFor(() => expect(field).toHaveFocus());
  },
};

/** One page only, compact, without the empty fields. */
export const CompactPage: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: pagesWith({ target: { type: 'page', id: 'applicant' }, isCompact: true, hideEmptyFields: true }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Kari Nordmann')).toBeVisible();
    await expect(canvas.queryByText('Telefon')).not.toBeInTheDocument();
  },
};

/** `overrides`: a type hidden, its own empty text, options as one line, a repeating group as a table. */
export const Overrides: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: pagesWith({
        overrides: [
          { componentId: 'event-name', hidden: true },
          { componentId: 'phone', emptyFieldText: 'phone.empty' },
          { componentId: 'colours', displayType: 'string' },
          { componentId: 'guests', display: 'table' },
        ],
      }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Ingen telefon oppgitt')).toBeVisible();
    await expect(canvas.getByText('Rød, Blå')).toBeVisible();
    await expect(canvas.queryByText('Vårmarked')).not.toBeInTheDocument();
    const table = canvas.getByRole('table');
    await expect(within(table).getByRole('columnheader', { name: 'Gjestens navn' })).toBeVisible();
    await expect(within(table).getByRole('cell', { name: 'Per' })).toBeVisible();
  },
};

/** `showPageInAccordion`: each page a section to open; checkboxes listed one option per line. */
export const PagesInAccordion: Story = {
  args: { layoutSet: formOf([], { texts, pages: pagesWith({ showPageInAccordion: true }) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText('Om deg'));
    await expect(canvas.getByText('Kari Nordmann')).toBeVisible();
    // axe runs after play; let the 0.4 s opening transition finish so it sees the section at rest.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(canvas.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Rød', 'Blå']);
  },
};

/** After `Endre`, the page offers the way back; it returns to the entry the user came from. */
export const BackToSummary: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Endre Telefon' }));
    const field = await canvas.findByRole('textbox', { name: /Telefon/ });
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.type(field, '99 99 99 99');
    await userEvent.click(canvas.getByRole('button', { name: 'Tilbake til oppsummeringen' }));
    const entry = await canvas.findByRole('button', { name: 'Endre Telefon' });
    await waitFor(() => expect(entry).toHaveFocus());
    await expect(canvas.getByText('99 99 99 99')).toBeVisible();
  },
};

/** Errors the user has been shown appear in the summary too, under the field. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect((await canvas.findAllByText('Du må fylle ut telefon')).length).toBeGreaterThan(0);
  },
};

const earlierTask: LoadedLayoutSet = {
  ...formOf([], { texts, pages: { earlier: [input('earlier-name', 'person.name', 'name.title')] } }),
  id: 'application',
  tasks: ['Task_1'],
};

/** `target.taskId`: the layout set of an earlier task, given to the form, summarised read-only. */
export const OtherTask: Story = {
  args: {
    layoutSet: formOf([], { texts, pages: pagesWith({ target: { type: 'layoutSet', taskId: 'Task_1' } }) }),
    taskLayoutSets: [{ layoutSet: earlierTask, initialData: { person: { name: 'Ola Nordmann' } } }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Søknaden' })).toBeVisible();
    await expect(canvas.getByText('Ola Nordmann')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
  },
};

/** A task whose layout set the form was not given: a note instead of the summary. */
export const OtherTaskUnavailable: Story = {
  args: {
    layoutSet: formOf([], { texts, pages: pagesWith({ target: { type: 'layoutSet', taskId: 'Task_1' } }) }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Oppsummeringen av steget «Task_1» er ikke tilgjengelig her.')).toBeVisible();
  },
};

const budgetPages = (overrides: unknown[] = []) => ({
  review: [{ id: 'summary', type: 'Summary2', target: { type: 'page', id: 'budget' }, overrides }],
  budget: [
    {
      id: 'costs',
      type: 'Grid',
      textResourceBindings: { title: 'costs.title' },
      rows: [
        {
          header: true,
          cells: [{ text: 'col.item' }, { text: 'col.amount', alignText: 'right' }, { text: 'col.comment' }],
        },
        { cells: [{ labelFrom: 'rent' }, { component: 'rent', alignText: 'right' }, { component: 'rent-comment' }] },
        {
          cells: [
            { labelFrom: 'security' },
            { component: 'security', alignText: 'right' },
            { component: 'security-comment' },
          ],
        },
        { readOnly: true, cells: [{ text: 'total.text' }, null, null] },
      ],
    },
    input('rent', 'costs.rent', 'rent.title'),
    input('rent-comment', 'costs.rentComment', 'rent.comment'),
    input('security', 'costs.security', 'security.title'),
    input('security-comment', 'costs.securityComment', 'security.comment'),
  ],
});
const budgetData = { costs: { rent: '5000', rentComment: 'Inkludert strøm' } };

/** A Grid as its table: column headings, row labels, each answer with its change button. */
export const GridTable: Story = {
  args: { layoutSet: formOf([], { texts, pages: budgetPages() }), initialData: budgetData },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    await expect(within(table).getByText('Inkludert strøm')).toBeVisible();
    await expect(within(table).getAllByText('Ikke besvart')).toHaveLength(2);
    await userEvent.click(within(table).getByRole('button', { name: 'Endre Vakthold' }));
    const field = await canvas.findByRole('textbox', { name: 'Vakthold' });
    await waitFor(() => expect(field).toHaveFocus());
  },
};

/** The `hideEmptyRows` override leaves out rows whose components are all empty; text rows stay. */
export const GridHideEmptyRows: Story = {
  args: {
    layoutSet: formOf([], { texts, pages: budgetPages([{ componentType: 'Grid', hideEmptyRows: true }]) }),
    initialData: budgetData,
  },
  play: async ({ canvasElement }) => {
    const table = within(within(canvasElement).getByRole('table'));
    await expect(table.getAllByRole('row')).toHaveLength(3);
    await expect(table.queryByText('Vakthold')).not.toBeInTheDocument();
    await expect(table.getByText('Totalt beregnes ved innsending')).toBeVisible();
  },
};

/** On a phone the table scrolls in its own region, which keyboard users can reach; the page does not. */
export const GridOnPhone: Story = {
  args: GridTable.args,
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
    await expect(canvas.getByRole('region', { name: 'Kostnader' })).toHaveAttribute('tabindex', '0');
  },
};
