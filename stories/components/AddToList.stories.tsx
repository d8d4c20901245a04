import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';
import { standsSchema } from '../support/standsSchema.ts';

const texts = textsOf({
  'stands.title': ['Salgsboder', 'Stalls'],
  'stands.short': ['salgsbod', 'stall'],
  'stands.table': ['Bodene dine', 'Your stalls'],
  'stands.summary': ['Påmeldte salgsboder', 'Stalls signed up'],
  'stands.summary_accessible': ['Salgsbodene du har meldt på', 'The stalls you signed up'],
  'stand.name': ['Navn på boden', 'Name of the stall'],
  'stand.area': ['Areal i kvadratmeter', 'Area in square metres'],
  'stand.power': ['Trenger strøm', 'Needs power'],
  'stand.kind': ['Type bod', 'Kind of stall'],
  'stand.owner': ['Ansvarlig', 'Person in charge'],
  'stand.owner.name': ['Navn', 'Name'],
  'stand.owner.phone': ['Telefon', 'Phone'],
  'stand.tags': ['Stikkord', 'Keywords'],
  'stand.days': ['Dager', 'Days'],
  'stand.helpers': ['Hjelpere', 'Helpers'],
  'stand.helper': ['hjelper', 'helper'],
  'stand.helper.name': ['Navn', 'Name'],
  'stand.helper.age': ['Alder', 'Age'],
});

const schema = standsSchema(
  {
    area: { type: 'number', title: 'stand.area' },
    kind: { type: 'string', title: 'stand.kind', enum: ['Mat', 'Bruktsalg', 'Håndverk'] },
    power: { type: 'boolean', title: 'stand.power' },
  },
  { required: ['name'] },
);

/** The same rows with a nested object and arrays of primitives. */
const nestedSchema = standsSchema(
  {
    owner: {
      type: 'object',
      title: 'stand.owner',
      required: ['name'],
      properties: {
        name: { type: 'string', title: 'stand.owner.name' },
        phone: { type: 'string', title: 'stand.owner.phone' },
      },
    },
    tags: { type: 'array', title: 'stand.tags', items: { type: 'string' } },
    days: { type: 'array', title: 'stand.days', items: { type: 'string', enum: ['Lørdag', 'Søndag'] } },
  },
  { required: ['name'] },
);

/** Rows with an array of objects inside: the helpers of each stall. */
const helperSchema = standsSchema(
  {
    helpers: {
      type: 'array',
      title: 'stand.helpers',
      items: {
        type: 'object',
        title: 'stand.helper',
        required: ['name'],
        properties: {
          name: { type: 'string', title: 'stand.helper.name' },
          age: { type: 'integer', title: 'stand.helper.age' },
        },
      },
    },
  },
  { required: ['name'] },
);

const stands = [
  { altinnRowId: 'a', name: 'Vaffelbua', area: 12.5, kind: 'Mat', power: true },
  { altinnRowId: 'b', name: 'Loppis', kind: 'Bruktsalg', power: false },
];

const addToList = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'add-stand',
  type: 'AddToList',
  title: 'stands.title',
  dataModelBindings: { data: 'stands' },
  ...extra,
});

const form = (components: RawComponent[]) => formOf(components, { texts, schema });

/** The dialog once it has faded in. */
async function openedDialog(name?: string) {
  const dialog = await within(document.body).findByRole('dialog', name ? { name } : {});
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

const meta = {
  title: 'Components/AddToList',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form([addToList()]) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Rader lagt til: 0')).toBeVisible();
  },
};

export const AddingARow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til ny' }));
    const dialog = await openedDialog('Salgsboder');
    const inside = within(dialog);
    await userEvent.click(inside.getByRole('button', { name: 'Legg til' }));
    await expect(inside.getByRole('textbox', { name: /Navn på boden/ })).toHaveFocus();
    await userEvent.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    await userEvent.type(inside.getByRole('textbox', { name: /Areal/ }), '12,5');
    await userEvent.selectOptions(inside.getByRole('combobox', { name: 'Type bod' }), 'Mat');
    await userEvent.click(inside.getByRole('checkbox', { name: 'Trenger strøm' }));
    await userEvent.click(inside.getByRole('button', { name: 'Legg til' }));
    await waitFor(() => expect(dialog).not.toBeVisible());
    await expect(canvas.getByText('Rader lagt til: 1')).toBeVisible();
    await expect(canvas.getByRole('cell', { name: 'Vaffelbua' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Legg til ny' })).toHaveFocus();
  },
};

/** Stored rows in a table, each with a change and a delete button. */
export const WithRows: Story = {
  args: { initialData: { stands } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: 'Salgsboder' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Endre rad 1, Vaffelbua' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Slett rad 2, Loppis' })).toBeVisible();
  },
};

export const ChangingARow: Story = {
  args: { initialData: { stands } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Endre rad 2, Loppis' }));
    const inside = within(await openedDialog('Salgsboder'));
    const name = inside.getByRole('textbox', { name: /Navn på boden/ });
    await expect(name).toHaveValue('Loppis');
    await userEvent.clear(name);
    await userEvent.type(name, 'Loppemarked');
    await userEvent.click(inside.getByRole('button', { name: 'Lagre' }));
    const button = await canvas.findByRole('button', { name: 'Endre rad 2, Loppemarked' });
    await waitFor(() => expect(button).toHaveFocus());
    await expect(canvas.getByText('Endringene er lagret.')).toBeVisible();
  },
};

/** The dialog open on a row: the state a user sees while changing it. */
export const ChangeDialogOpen: Story = {
  args: { initialData: { stands } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Endre rad 1, Vaffelbua' }));
    const inside = within(await openedDialog('Salgsboder'));
    await expect(inside.getByRole('checkbox', { name: 'Trenger strøm' })).toBeChecked();
  },
};

export const DeletingARow: Story = {
  args: { initialData: { stands } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Slett rad 1, Vaffelbua' }));
    await expect(canvas.queryByRole('cell', { name: 'Vaffelbua' })).toBeNull();
    await expect(canvas.getByText('Raden er slettet.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Legg til ny' })).toHaveFocus();
  },
};

/** `shortName` names the add button and the dialog; `tableTitle` captions the table. */
export const ShortNameAndTableTitle: Story = {
  args: {
    layoutSet: form([addToList({ textResourceBindings: { shortName: 'stands.short', tableTitle: 'stands.table' } })]),
    initialData: { stands },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: 'Bodene dine' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til salgsbod' }));
    await openedDialog('Legg til salgsbod');
  },
};

/** A nested object is a fieldset; an array of texts is one value per line, an array of choices checkboxes. */
export const NestedFields: Story = {
  args: { layoutSet: formOf([addToList()], { texts, schema: nestedSchema }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til ny' }));
    const dialog = await openedDialog('Salgsboder');
    const inside = within(dialog);
    await userEvent.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    const owner = within(inside.getByRole('group', { name: 'Ansvarlig' }));
    await userEvent.type(owner.getByRole('textbox', { name: 'Telefon' }), '99999999');
    await userEvent.type(inside.getByRole('textbox', { name: 'Stikkord' }), 'vafler{Enter}kaffe');
    await userEvent.click(
      within(inside.getByRole('group', { name: 'Dager' })).getByRole('checkbox', { name: 'Lørdag' }),
    );
    await userEvent.click(inside.getByRole('button', { name: 'Legg til' }));
    // Begun, the person in charge needs a name.
    await expect(owner.getByRole('textbox', { name: /Navn/ })).toHaveFocus();
  },
};

export const NestedRows: Story = {
  args: {
    layoutSet: formOf([addToList()], { texts, schema: nestedSchema }),
    initialData: {
      stands: [
        {
          altinnRowId: 'a',
          name: 'Vaffelbua',
          owner: { name: 'Kari', phone: '99999999' },
          tags: ['vafler', 'kaffe'],
          days: ['Lørdag'],
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('cell', { name: 'Kari, 99999999' })).toBeVisible();
    await expect(canvas.getByRole('cell', { name: 'vafler, kaffe' })).toBeVisible();
  },
};

const helperRows = [{ altinnRowId: 'a', name: 'Vaffelbua', helpers: [{ name: 'Ola', age: 15 }, { name: 'Kari' }] }];

/** An array of objects inside a row: its inner items in the dialog, each with its own fields and a remove button. */
export const InnerItems: Story = {
  args: { layoutSet: formOf([addToList()], { texts, schema: helperSchema }), initialData: { stands: helperRows } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('cell', { name: 'Ola, Kari' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Endre rad 1, Vaffelbua' }));
    const inside = within(await openedDialog('Salgsboder'));
    const helpers = within(inside.getByRole('group', { name: 'Hjelpere' }));
    await expect(helpers.getByRole('group', { name: 'Hjelper 2' })).toBeVisible();
    await userEvent.click(helpers.getByRole('button', { name: 'Legg til hjelper' }));
    const third = within(helpers.getByRole('group', { name: 'Hjelper 3' }));
    await waitFor(() => expect(third.getByRole('textbox', { name: /Navn/ })).toHaveFocus());
    await userEvent.keyboard('Per');
    await expect(helpers.getByRole('button', { name: 'Fjern hjelper 3' })).toBeVisible();
  },
};

/** A required field of an inner item left empty: the dialog stays open on it. */
export const InnerItemError: Story = {
  args: { layoutSet: formOf([addToList()], { texts, schema: helperSchema }) },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Legg til ny' }));
    const inside = within(await openedDialog('Salgsboder'));
    await userEvent.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    await userEvent.click(inside.getByRole('button', { name: 'Legg til hjelper' }));
    await userEvent.type(inside.getByRole('textbox', { name: 'Alder' }), '15');
    await userEvent.click(inside.getByRole('button', { name: 'Legg til' }));
    const name = within(inside.getByRole('group', { name: 'Hjelper 1' })).getByRole('textbox', { name: /Navn/ });
    await expect(name).toHaveFocus();
    await expect(name).toHaveAccessibleDescription('Du må fylle ut Navn');
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form([addToList({ readOnly: true })]), initialData: { stands } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('cell', { name: 'Vaffelbua' })).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const AsSummary: Story = {
  args: { layoutSet: form([addToList({ renderAsSummary: true })]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Rader lagt til: 0')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Legg til ny' })).toBeNull();
  },
};

const summaryPages = (summary: Record<string, unknown> = {}) =>
  formOf([], {
    texts,
    schema,
    pages: {
      review: [{ id: 'summary', type: 'Summary2', ...summary }],
      stalls: [
        addToList({
          textResourceBindings: { summaryTitle: 'stands.summary', summaryAccessibleTitle: 'stands.summary_accessible' },
        }),
      ],
    },
  });

/** In Summary2 the rows are a table, named by `summaryAccessibleTitle`, under `summaryTitle`. */
export const InSummary2: Story = {
  args: { layoutSet: summaryPages(), initialData: { stands } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Påmeldte salgsboder')).toBeVisible();
    const table = canvas.getByRole('table', { name: 'Salgsbodene du har meldt på' });
    await expect(within(table).getByRole('cell', { name: 'Vaffelbua' })).toBeVisible();
  },
};

export const InCompactSummary2: Story = {
  args: {
    layoutSet: summaryPages({ overrides: [{ componentType: 'AddToList', isCompact: true }] }),
    initialData: { stands },
  },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Salgsbodene du har meldt på' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  },
};

export const EmptyInSummary2: Story = {
  args: { layoutSet: summaryPages() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Ikke besvart')).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form([addToList({ required: true }), { id: 'submit', type: 'Button' }]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect((await canvas.findAllByText('Du må fylle ut minst én rad'))[0]).toBeVisible();
  },
};

export const NoItemSchema: Story = {
  args: { layoutSet: formOf([addToList()], { texts }) },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Legg til ny' }));
    const dialog = await openedDialog();
    await expect(within(dialog).getByText('Datamodellen beskriver ingen felter for en ny rad.')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
  },
};
