import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { standsSchema } from '../../../stories/support/standsSchema.ts';
import { withModalDialogs } from '../support/modalDialogs.ts';

withModalDialogs();

const texts = {
  nb: nb({
    'stands.title': 'Salgsboder',
    'stands.short': 'salgsbod',
    'stands.table': 'Bodene dine',
    'stand.name': 'Navn på boden',
    'stand.owner': 'Eier',
  }),
};
const schema = standsSchema(
  {
    area: { type: 'number' },
    kind: { type: 'string', enum: ['Mat', 'Bruktsalg'] },
    power: { type: 'boolean' },
    owner: { $ref: '#/definitions/Owner' },
    tags: { type: 'array', items: { type: 'string' } },
    days: { type: 'array', items: { type: 'string', enum: ['Lørdag', 'Søndag'] } },
    helpers: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
  },
  {
    required: ['name'],
    definitions: {
      Owner: {
        type: 'object',
        title: 'stand.owner',
        required: ['name'],
        properties: { name: { type: 'string' }, phone: { type: 'string' } },
      },
    },
  },
);

const addToList = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'add-stand',
  type: 'AddToList',
  title: 'stands.title',
  dataModelBindings: { data: 'stands' },
  ...extra,
});

const stored = [
  { altinnRowId: 'a', name: 'Vaffelbua', area: 12.5, power: true, owner: { name: 'Kari' }, helpers: [{ name: 'Ola' }] },
  { altinnRowId: 'b', name: 'Loppis', kind: 'Bruktsalg', power: false },
];

describe('AddToList', () => {
  it('adds a typed row from the dialog fields the item schema describes', async () => {
    const { user, submitted, container } = renderForm([addToList()], { texts, schema, withSubmit: true });
    expect(screen.getByText('Rader lagt til: 0')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const dialog = screen.getByRole('dialog', { name: 'Salgsboder' });
    const inside = within(dialog);
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    await user.type(inside.getByRole('textbox', { name: 'area' }), '12,5');
    await user.selectOptions(inside.getByRole('combobox', { name: 'kind' }), 'Mat');
    await user.click(inside.getByRole('checkbox', { name: 'power' }));
    await expectNoAxeViolations(container);
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Legg til ny' })).toHaveFocus();
    expect(screen.getByText('Raden er lagt til.')).toBeInTheDocument();
    expect(screen.getByText('Rader lagt til: 1')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Vaffelbua' })).toBeInTheDocument();
    const data = await submitted();
    expect(data.stands).toEqual([
      { name: 'Vaffelbua', area: 12.5, kind: 'Mat', power: true, altinnRowId: expect.any(String) },
    ]);
  });

  it('keeps the dialog open with messages for a missing required field and a non-number', async () => {
    const { user } = renderForm([addToList()], { texts, schema });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    await user.type(inside.getByRole('textbox', { name: 'area' }), 'mye');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    const name = inside.getByRole('textbox', { name: /Navn på boden/ });
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Du må fylle ut Navn på boden');
    expect(inside.getByRole('textbox', { name: 'area' })).toHaveAccessibleDescription('Skriv inn et tall.');
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    await user.click(inside.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Rader lagt til: 0')).toBeInTheDocument();
  });

  it('offers no add, change or delete buttons when read-only, but shows the rows', () => {
    renderForm([addToList({ readOnly: true })], { texts, schema, initialData: { stands: stored } });
    expect(screen.getByRole('cell', { name: 'Vaffelbua' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for at least one row when required', async () => {
    const { user } = renderForm([addToList({ required: true }), { id: 'submit', type: 'Button' }], { texts, schema });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect((await screen.findAllByText('Du må fylle ut minst én rad')).length).toBeGreaterThan(0);
  });
});

describe('AddToList nested properties', () => {
  it('fills a nested object in a fieldset of its own, its required fields only once it is begun', async () => {
    const { user, submitted } = renderForm([addToList()], { texts, schema, withSubmit: true });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    const owner = inside.getByRole('group', { name: 'Eier' });
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    await user.type(within(owner).getByRole('textbox', { name: 'phone' }), '99999999');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    // The owner is begun, so its name is required now.
    const ownerName = within(owner).getByRole('textbox', { name: /name/ });
    expect(ownerName).toHaveFocus();
    expect(ownerName).toHaveAccessibleDescription('Du må fylle ut name');
    await user.type(ownerName, 'Kari');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect((await submitted()).stands).toEqual([
      { name: 'Vaffelbua', power: false, owner: { name: 'Kari', phone: '99999999' }, altinnRowId: expect.any(String) },
    ]);
  });

  it('leaves an optional nested object out when nothing in it is filled in', async () => {
    const { user, submitted } = renderForm([addToList()], { texts, schema, withSubmit: true });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Loppis');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect((await submitted()).stands).toEqual([{ name: 'Loppis', power: false, altinnRowId: expect.any(String) }]);
  });

  it('takes an array of texts one per line and an array of choices as checkboxes', async () => {
    const { user, submitted } = renderForm([addToList()], { texts, schema, withSubmit: true });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Loppis');
    const tags = inside.getByRole('textbox', { name: 'tags' });
    expect(tags).toHaveAccessibleDescription('Skriv én verdi per linje.');
    await user.type(tags, 'bøker{Enter}  {Enter}leker, spill');
    const days = inside.getByRole('group', { name: 'days' });
    await user.click(within(days).getByRole('checkbox', { name: 'Søndag' }));
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect((await submitted()).stands).toEqual([
      {
        name: 'Loppis',
        power: false,
        tags: ['bøker', 'leker, spill'],
        days: ['Søndag'],
        altinnRowId: expect.any(String),
      },
    ]);
  });

  it('reads numbers from the lines of a number array, and says so when one is not a number', async () => {
    const numbers = {
      type: 'object',
      properties: {
        stands: {
          type: 'array',
          items: { type: 'object', properties: { sizes: { type: 'array', items: { type: 'number' } } } },
        },
      },
    };
    const { user, submitted } = renderForm([addToList()], { texts, schema: numbers, withSubmit: true });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    const sizes = inside.getByRole('textbox', { name: 'sizes' });
    await user.type(sizes, '2,5{Enter}mye');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect(sizes).toHaveFocus();
    expect(sizes).toHaveAccessibleDescription(expect.stringContaining('Skriv inn et tall.'));
    await user.clear(sizes);
    await user.type(sizes, '2,5{Enter}4');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect((await submitted()).stands).toEqual([{ sizes: [2.5, 4], altinnRowId: expect.any(String) }]);
  });
  it('stops nesting fieldsets at a depth limit, so a schema that refers to itself still ends', async () => {
    const family = {
      type: 'object',
      properties: { stands: { type: 'array', items: { $ref: '#/definitions/Person' } } },
      definitions: {
        Person: {
          type: 'object',
          properties: { name: { type: 'string' }, parent: { $ref: '#/definitions/Person' } },
        },
      },
    };
    const { user } = renderForm([addToList()], { texts, schema: family });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    expect(inside.getAllByRole('group', { name: 'parent' })).toHaveLength(3);
    expect(inside.getAllByRole('textbox', { name: 'name' })).toHaveLength(4);
  });

  it('asks for a choice in a required array of choices', async () => {
    const days = {
      type: 'object',
      properties: {
        stands: {
          type: 'array',
          items: {
            type: 'object',
            required: ['days'],
            properties: { days: { type: 'array', items: { type: 'string', enum: ['Lørdag', 'Søndag'] } } },
          },
        },
      },
    };
    const { user, submitted } = renderForm([addToList()], { texts, schema: days, withSubmit: true });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    const saturday = inside.getByRole('checkbox', { name: 'Lørdag' });
    expect(saturday).toHaveFocus();
    expect(saturday).toHaveAccessibleDescription('Du må fylle ut days');
    expect(saturday).toBeInvalid();
    await user.click(saturday);
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect((await submitted()).stands).toEqual([{ days: ['Lørdag'], altinnRowId: expect.any(String) }]);
  });
});

describe('AddToList editing and deleting rows', () => {
  it('shows the rows in a table, nested values and arrays as one cell each', () => {
    renderForm([addToList()], { texts, schema, initialData: { stands: stored } });
    const table = screen.getByRole('table', { name: 'Salgsboder' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(within(header).getByRole('columnheader', { name: 'Eier' })).toBeInTheDocument();
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Vaffelbua', '12.5', '', 'Ja', 'Kari', '', '', 'Ola', 'Endre rad 1, VaffelbuaSlett rad 1, Vaffelbua']);
    expect(within(second).getByRole('cell', { name: 'Nei' })).toBeInTheDocument();
  });

  it('changes a row in the same dialog, filled in, and gives the focus back to its change button', async () => {
    const { user, submitted, container } = renderForm([addToList()], {
      texts,
      schema,
      initialData: { stands: stored },
      withSubmit: true,
    });
    const change = screen.getByRole('button', { name: 'Endre rad 1, Vaffelbua' });
    await user.click(change);
    const dialog = screen.getByRole('dialog', { name: 'Salgsboder' });
    const inside = within(dialog);
    expect(inside.getByRole('textbox', { name: /Navn på boden/ })).toHaveValue('Vaffelbua');
    expect(inside.getByRole('textbox', { name: 'area' })).toHaveValue('12.5');
    expect(inside.getByRole('checkbox', { name: 'power' })).toBeChecked();
    expect(within(inside.getByRole('group', { name: 'Eier' })).getByRole('textbox', { name: /name/ })).toHaveValue(
      'Kari',
    );
    await expectNoAxeViolations(container);
    await user.clear(inside.getByRole('textbox', { name: /Navn på boden/ }));
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelhjertet');
    await user.clear(inside.getByRole('textbox', { name: 'area' }));
    await user.click(inside.getByRole('button', { name: 'Lagre' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(screen.getByText('Endringene er lagret.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Endre rad 1, Vaffelhjertet' })).toHaveFocus();
    expect((await submitted()).stands).toEqual([
      // What the dialog has no field for (the helpers) is kept; a cleared field is gone.
      { altinnRowId: 'a', name: 'Vaffelhjertet', power: true, owner: { name: 'Kari' }, helpers: [{ name: 'Ola' }] },
      stored[1],
    ]);
  });

  it('leaves the row as it was when the change is cancelled', async () => {
    const { user, submitted } = renderForm([addToList()], {
      texts,
      schema,
      initialData: { stands: stored },
      withSubmit: true,
    });
    const change = screen.getByRole('button', { name: 'Endre rad 2, Loppis' });
    await user.click(change);
    const inside = within(screen.getByRole('dialog'));
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), ' og bøker');
    await user.click(inside.getByRole('button', { name: 'Avbryt' }));
    expect(change).toHaveFocus();
    expect(screen.getByRole('cell', { name: 'Loppis' })).toBeInTheDocument();
    expect((await submitted()).stands).toEqual(stored);
    // Opened again, the dialog starts from the stored row, not from the cancelled typing.
    await user.click(change);
    expect(within(screen.getByRole('dialog')).getByRole('textbox', { name: /Navn på boden/ })).toHaveValue('Loppis');
  });

  it('deletes the row its button names', async () => {
    const { user, submitted } = renderForm([addToList()], {
      texts,
      schema,
      initialData: { stands: stored },
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Slett rad 1, Vaffelbua' }));
    expect(screen.getByText('Raden er slettet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Legg til ny' })).toHaveFocus();
    expect(screen.queryByRole('cell', { name: 'Vaffelbua' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Slett rad 1, Loppis' })).toBeInTheDocument();
    expect((await submitted()).stands).toEqual([stored[1]]);
  });
});

describe('AddToList arrays of objects inside a row', () => {
  const helperTexts = {
    nb: [...texts.nb, ...nb({ 'stand.helpers': 'Hjelpere', 'stand.helper': 'hjelper', 'helper.name': 'Navn' })],
  };
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
            name: { type: 'string', title: 'helper.name' },
            age: { type: 'integer' },
            // One level of lists only: a list inside an inner item gets no field.
            shifts: { type: 'array', items: { type: 'object', properties: { day: { type: 'string' } } } },
          },
        },
      },
    },
    { required: ['name'] },
  );
  const withHelpers = [
    {
      altinnRowId: 'a',
      name: 'Vaffelbua',
      helpers: [
        { name: 'Ola', age: 15, shifts: [{ day: 'Lørdag' }] },
        { name: 'Kari', badge: 'K-1' },
      ],
    },
  ];

  it('adds inner items, focusing the new one, and stores them typed', async () => {
    const { user, submitted, container } = renderForm([addToList()], {
      texts: helperTexts,
      schema: helperSchema,
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    const helpers = inside.getByRole('group', { name: 'Hjelpere' });
    await user.click(within(helpers).getByRole('button', { name: 'Legg til hjelper' }));
    const first = inside.getByRole('group', { name: 'Hjelper 1' });
    expect(within(first).getByRole('textbox', { name: /Navn/ })).toHaveFocus();
    await user.keyboard('Ola');
    await user.type(within(first).getByRole('textbox', { name: 'age' }), '15');
    expect(within(first).queryByText('shifts')).toBeNull();
    await user.click(within(helpers).getByRole('button', { name: 'Legg til hjelper' }));
    await user.keyboard('Kari');
    await expectNoAxeViolations(container);
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect(screen.getByRole('cell', { name: 'Ola, Kari' })).toBeInTheDocument();
    expect((await submitted()).stands).toEqual([
      { name: 'Vaffelbua', helpers: [{ name: 'Ola', age: 15 }, { name: 'Kari' }], altinnRowId: expect.any(String) },
    ]);
  });

  it('checks the required fields of inner items when the dialog is saved', async () => {
    const { user, submitted } = renderForm([addToList()], {
      texts: helperTexts,
      schema: helperSchema,
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    await user.click(inside.getByRole('button', { name: 'Legg til hjelper' }));
    await user.type(inside.getByRole('textbox', { name: 'age' }), 'femten');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    const helper = inside.getByRole('group', { name: 'Hjelper 1' });
    const name = within(helper).getByRole('textbox', { name: /Navn/ });
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Du må fylle ut Navn');
    expect(within(helper).getByRole('textbox', { name: 'age' })).toHaveAccessibleDescription('Skriv inn et tall.');
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    // Removing the unfinished helper lets the row be stored without it.
    await user.click(within(helper).getByRole('button', { name: 'Fjern hjelper 1' }));
    expect(inside.getByRole('button', { name: 'Legg til hjelper' })).toHaveFocus();
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect((await submitted()).stands).toEqual([{ name: 'Vaffelbua', altinnRowId: expect.any(String) }]);
  });

  it('edits stored inner items, keeping what the dialog has no field for, and removes the one its button names', async () => {
    const { user, submitted } = renderForm([addToList()], {
      texts: helperTexts,
      schema: helperSchema,
      initialData: { stands: withHelpers },
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Endre rad 1, Vaffelbua' }));
    const inside = within(screen.getByRole('dialog'));
    const first = inside.getByRole('group', { name: 'Hjelper 1' });
    expect(within(first).getByRole('textbox', { name: /Navn/ })).toHaveValue('Ola');
    expect(within(first).getByRole('textbox', { name: 'age' })).toHaveValue('15');
    await user.clear(within(first).getByRole('textbox', { name: 'age' }));
    await user.type(within(first).getByRole('textbox', { name: 'age' }), '16');
    await user.click(inside.getByRole('button', { name: 'Legg til hjelper' }));
    await user.keyboard('Per');
    await user.click(inside.getByRole('button', { name: 'Fjern hjelper 2' }));
    expect(inside.getByRole('group', { name: 'Hjelper 2' })).toHaveTextContent(/Fjern hjelper 2/);
    expect(within(inside.getByRole('group', { name: 'Hjelper 2' })).getByRole('textbox', { name: /Navn/ })).toHaveValue(
      'Per',
    );
    await user.click(inside.getByRole('button', { name: 'Lagre' }));
    expect((await submitted()).stands).toEqual([
      {
        altinnRowId: 'a',
        name: 'Vaffelbua',
        helpers: [{ name: 'Ola', age: 16, shifts: [{ day: 'Lørdag' }] }, { name: 'Per' }],
      },
    ]);
  });

  it('leaves the inner items as stored when the change is cancelled', async () => {
    const { user, submitted } = renderForm([addToList()], {
      texts: helperTexts,
      schema: helperSchema,
      initialData: { stands: withHelpers },
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Endre rad 1, Vaffelbua' }));
    const inside = within(screen.getByRole('dialog'));
    await user.click(inside.getByRole('button', { name: 'Fjern hjelper 1' }));
    await user.type(inside.getByRole('textbox', { name: /Navn$/ }), 'ne');
    await user.click(inside.getByRole('button', { name: 'Avbryt' }));
    expect((await submitted()).stands).toEqual(withHelpers);
  });
});

describe('AddToList texts', () => {
  const named = addToList({ textResourceBindings: { shortName: 'stands.short', tableTitle: 'stands.table' } });

  it('names the add button and the dialog by shortName, and captions the table with tableTitle', async () => {
    const { user, container } = renderForm([named], { texts, schema, initialData: { stands: stored } });
    expect(screen.getByRole('table', { name: 'Bodene dine' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til salgsbod' }));
    expect(screen.getByRole('dialog', { name: 'Legg til salgsbod' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Avbryt' }));
    await user.click(screen.getByRole('button', { name: 'Endre rad 2, Loppis' }));
    expect(screen.getByRole('dialog', { name: 'Endre salgsbod' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('uses the title from textResourceBindings when the layout has no top-level title', () => {
    renderForm([addToList({ title: undefined, textResourceBindings: { title: 'stands.title' } })], { texts, schema });
    expect(screen.getByRole('heading', { name: 'Salgsboder' })).toBeInTheDocument();
  });
});
