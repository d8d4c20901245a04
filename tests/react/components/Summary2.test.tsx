import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBinding, type ComponentDefinition, type SkjemaSummaryProps } from '../../../src/react/index.ts';
import { formOf } from '../../../stories/support/formOf.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ personal: 'Om deg', event: 'Arrangementet' }) };
const name = {
  id: 'name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'person.name' },
  textResourceBindings: { title: 'Navn' },
};
const phone = {
  id: 'phone',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'person.phone' },
  textResourceBindings: { title: 'Telefon' },
};
const secret = {
  id: 'secret',
  type: 'Input',
  hidden: true,
  dataModelBindings: { simpleBinding: 'person.secret' },
  textResourceBindings: { title: 'Hemmelig' },
};
const guests = {
  id: 'guests',
  type: 'RepeatingGroup',
  dataModelBindings: { group: 'guests' },
  textResourceBindings: { title: 'Gjester' },
  children: ['guest-name'],
};
const guestName = {
  id: 'guest-name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'guests.name' },
  textResourceBindings: { title: 'Gjestens navn' },
};
const summary = (extra: Record<string, unknown> = {}) => ({ id: 'summary', type: 'Summary2', ...extra });
const initialData = {
  person: { name: 'Kari Nordmann', secret: 'hysj' },
  guests: [{ name: 'Ola' }, { name: 'Per' }],
};
// The summary page comes first, so the form opens on it.
const pages = (extra?: Record<string, unknown>) => ({
  review: [summary(extra)],
  personal: [name, phone, secret, { id: 'intro', type: 'Paragraph', textResourceBindings: { title: 'Hei' } }],
  event: [guests, guestName],
});

describe('Summary2', () => {
  it('lists every visible field of the layout set per page, with its value', async () => {
    const { container } = renderForm([], { pages: pages(), texts, initialData });
    expect(screen.getByRole('heading', { name: 'Om deg' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Arrangementet' })).toBeInTheDocument();
    // The summary's own page has no fields, so it gets no section.
    expect(screen.queryByRole('heading', { name: 'review' })).not.toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Navn', 'Telefon', 'Gjestens navn', 'Gjestens navn']);
    const values = screen.getAllByRole('definition').map((value) => value.textContent);
    expect(values).toEqual(['Kari NordmannEndre', 'Ikke besvartEndre', 'OlaEndre', 'PerEndre']);
    expect(screen.queryByText('Hemmelig')).not.toBeInTheDocument();
    expect(screen.queryByText('hysj')).not.toBeInTheDocument();
    expect(screen.getByText('Rad 1')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('leaves empty fields out with hideEmptyFields', () => {
    renderForm([], { pages: pages({ hideEmptyFields: true }), texts, initialData });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).not.toContain('Telefon');
  });

  it('keeps an empty field with forceShowInSummary even when hiding empty fields', () => {
    renderForm([], {
      pages: {
        review: [summary({ hideEmptyFields: true })],
        personal: [
          name,
          phone,
          { ...phone, id: 'fax', forceShowInSummary: true, textResourceBindings: { title: 'Faks' } },
        ],
      },
      texts,
      initialData,
    });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Faks']);
  });

  it('summarises one page or one component as its target', () => {
    const { unmount } = renderForm([], {
      pages: pages({ target: { type: 'page', id: 'personal' } }),
      texts,
      initialData,
    });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Telefon']);
    unmount();
    renderForm([], { pages: pages({ target: { type: 'component', id: 'guests' } }), texts, initialData });
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['OlaEndre', 'PerEndre']);
    expect(screen.getByRole('heading', { name: 'Gjester' })).toBeInTheDocument();
  });

  it('shows no title for a component without one, never its id, and names it by its shortName for screen readers', () => {
    const untitled = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      type: 'Input',
      dataModelBindings: { simpleBinding: id },
      ...extra,
    });
    renderForm([], {
      pages: {
        review: [summary({ target: { type: 'page', id: 'personal' } })],
        personal: [untitled('fax'), untitled('pager', { textResourceBindings: { shortName: 'Personsøker' } })],
      },
      texts,
      initialData: { fax: '22 33 44 55' },
    });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['', 'Personsøker']);
    expect(screen.getAllByRole('term')[1].firstElementChild).toHaveClass('skjema-visually-hidden');
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      null,
      'Endre Personsøker',
    ]);
    expect(document.querySelector('.skjema-summary')).not.toHaveTextContent(/fax|pager/);
  });

  it('summarises a component inside a repeating group in every row when named by its plain id', () => {
    renderForm([], { pages: pages({ target: { type: 'component', id: 'guest-name' } }), texts, initialData });
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['OlaEndre', 'PerEndre']);
  });

  it("goes to the field's page and focuses it from the change button", async () => {
    const { user } = renderForm([], { pages: pages(), texts, initialData });
    await user.click(screen.getByRole('button', { name: 'Endre Telefon' }));
    const field = await screen.findByRole('textbox', { name: 'Telefon' });
    await expect.poll(() => document.activeElement).toBe(field);
  });

  it('follows the data', async () => {
    const { user } = renderForm([], {
      pages: { personal: [name, summary({ target: { type: 'component', id: 'name' } })] },
      texts,
      initialData,
    });
    const input = screen.getByRole('textbox', { name: 'Navn' });
    await user.clear(input);
    await user.type(input, 'Ola');
    expect(within(screen.getByRole('definition')).getByText('Ola')).toBeInTheDocument();
  });
});

const navButtons = (page: string) => ({ id: `${page}-nav`, type: 'NavigationButtons', showBackButton: true });
const colours = {
  id: 'colours',
  type: 'Checkboxes',
  dataModelBindings: { simpleBinding: 'person.colours' },
  textResourceBindings: { title: 'Farger' },
  options: [
    { value: 'red', label: 'Rød' },
    { value: 'blue', label: 'Blå, mørk' },
  ],
};
const terms = () => screen.getAllByRole('term').map((term) => term.textContent);

describe('Summary2 overrides', () => {
  it('hides a component by id in every row of a repeating group, and a whole type', () => {
    renderForm([], {
      pages: pages({
        overrides: [
          { componentId: 'guest-name', hidden: true },
          { componentType: 'Input', hidden: true },
        ],
      }),
      texts,
      initialData,
    });
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
    expect(screen.queryByText('Ola')).not.toBeInTheDocument();
    // The repeating group has nothing left to show, so it gets no section either.
    expect(screen.queryByRole('heading', { name: 'Gjester' })).not.toBeInTheDocument();
  });

  it('hides one row of a repeating group by indexed id', () => {
    renderForm([], {
      pages: pages({ overrides: [{ componentId: 'guest-name-1', hidden: true }] }),
      texts,
      initialData,
    });
    expect(screen.getByText('Ola')).toBeInTheDocument();
    expect(screen.queryByText('Per')).not.toBeInTheDocument();
  });

  it('shows its own text for an empty field, and keeps it with forceShow when empty fields are hidden', () => {
    renderForm([], {
      pages: pages({
        hideEmptyFields: true,
        overrides: [{ componentId: 'phone', forceShow: true, emptyFieldText: 'phone.empty' }],
      }),
      texts: { nb: nb({ personal: 'Om deg', 'phone.empty': 'Ingen telefon oppgitt' }) },
      initialData,
    });
    expect(terms()).toContain('Telefon');
    expect(screen.getByText('Ingen telefon oppgitt')).toBeInTheDocument();
    expect(screen.queryByText('Ikke besvart')).not.toBeInTheDocument();
  });

  it('lists the chosen options one per line, or as one line with displayType "string"', () => {
    const data = { person: { colours: 'red,blue' } };
    const { unmount } = renderForm([], {
      pages: { review: [summary({ target: { type: 'component', id: 'colours' } })], personal: [colours] },
      initialData: data,
    });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Rød', 'Blå, mørk']);
    unmount();
    renderForm([], {
      pages: {
        review: [
          summary({
            target: { type: 'component', id: 'colours' },
            overrides: [{ componentId: 'colours', displayType: 'string' }],
          }),
        ],
        personal: [colours],
      },
      initialData: data,
    });
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('Rød, Blå, mørk')).toBeInTheDocument();
  });

  it('leaves out a page named by a page override', () => {
    renderForm([], { pages: pages({ overrides: [{ pageId: 'personal', hidden: true }] }), texts, initialData });
    expect(screen.queryByRole('heading', { name: 'Om deg' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Arrangementet' })).toBeInTheDocument();
  });

  it('shows a repeating group as a table with display "table"', async () => {
    const { container, user } = renderForm([], {
      pages: pages({
        target: { type: 'component', id: 'guests' },
        overrides: [{ componentId: 'guests', display: 'table' }],
      }),
      texts,
      initialData,
    });
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Gjestens navn' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Ola', 'Endre', 'Per', 'Endre']);
    await expectNoAxeViolations(container);
    await user.click(within(table).getByRole('button', { name: 'Endre Rad 2' }));
    const field = await screen.findByRole('textbox', { name: 'Gjestens navn' });
    await expect.poll(() => document.activeElement).toBe(field);
  });
});

describe('Summary2 of a Grid', () => {
  const town = {
    ...phone,
    id: 'town',
    dataModelBindings: { simpleBinding: 'person.town' },
    textResourceBindings: { title: 'Poststed', summaryAccessibleTitle: 'poststedet du bor på' },
  };
  const grid = {
    id: 'grid',
    type: 'Grid',
    textResourceBindings: { title: 'Kontakt' },
    rows: [
      { header: true, cells: [{ text: 'Hva' }, { text: 'Svar', alignText: 'right' }] },
      { cells: [{ labelFrom: 'name' }, { component: 'name' }] },
      { cells: [{ text: 'Telefon' }, { component: 'phone' }] },
      { cells: [{ text: 'Sted' }, { component: 'town' }] },
      { cells: [{ text: 'Fritekst' }, null] },
    ],
  };
  const gridPages = (extra: Record<string, unknown> = {}) => ({
    review: [summary({ target: { type: 'component', id: 'grid' }, ...extra })],
    personal: [grid, name, phone, town],
  });
  const rowTexts = () =>
    within(screen.getByRole('table'))
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

  it('is a table: header rows as column headings, texts as text, components as their values', async () => {
    const { container } = renderForm([], { pages: gridPages(), texts, initialData });
    expect(screen.getByRole('heading', { name: 'Kontakt' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Hva', 'Svar']);
    expect(rowTexts()).toEqual([
      ['Hva', 'Svar'],
      ['Navn', 'Kari NordmannEndre'],
      ['Telefon', 'Ikke besvartEndre'],
      ['Sted', 'Ikke besvartEndre'],
      ['Fritekst', ''],
    ]);
    // No title/value lines: the table is the summary.
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("names each change button by the component's summaryAccessibleTitle, else its title, and goes to it", async () => {
    const { user } = renderForm([], { pages: gridPages(), texts, initialData });
    expect(screen.getByRole('button', { name: 'Endre poststedet du bor på' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Endre Telefon' }));
    const field = await screen.findByRole('textbox', { name: 'Telefon' });
    await expect.poll(() => document.activeElement).toBe(field);
  });

  it('leaves out rows whose components are all hidden or empty with hideEmptyRows, keeping rows of texts', () => {
    renderForm([], {
      pages: gridPages({ overrides: [{ componentType: 'Grid', hideEmptyRows: true }] }),
      texts,
      initialData,
    });
    expect(rowTexts()).toEqual([
      ['Hva', 'Svar'],
      ['Navn', 'Kari NordmannEndre'],
      ['Fritekst', ''],
    ]);
  });

  it("leaves a hidden component's cell empty", () => {
    renderForm([], {
      pages: { ...gridPages(), personal: [grid, name, { ...phone, hidden: true }, town] },
      texts,
      initialData,
    });
    expect(rowTexts()[2]).toEqual(['Telefon', '']);
  });

  it("shows a Grid in a page's summary as its table, under the Grid's title", () => {
    renderForm([], { pages: { review: [summary()], personal: [name, grid, phone, town] }, texts, initialData });
    expect(screen.getByRole('heading', { name: 'Om deg' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kontakt' })).toBeInTheDocument();
    expect(rowTexts()[1]).toEqual(['Navn', 'Kari NordmannEndre']);
  });
});

describe('Summary2 of another task', () => {
  const otherTask = {
    ...formOf([], {
      pages: { earlier: [{ ...name, id: 'earlier-name' }] },
      texts: { nb: nb({ earlier: 'Første steg' }) },
    }),
    id: 'first',
    tasks: ['Task_1'],
  };

  it('summarises the layout set of that task, read-only', async () => {
    const { container } = renderForm([], {
      pages: pages({ target: { type: 'layoutSet', taskId: 'Task_1' } }),
      texts,
      taskLayoutSets: [{ layoutSet: otherTask, initialData: { person: { name: 'Eldre svar' } } }],
    });
    expect(screen.getByRole('heading', { name: 'Første steg' })).toBeInTheDocument();
    expect(terms()).toEqual(['Navn']);
    expect(screen.getByText('Eldre svar')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('reads the data of the running form when that task shares its data type', () => {
    renderForm([], {
      pages: pages({ target: { type: 'component', id: 'earlier-name', taskId: 'Task_1' } }),
      texts,
      initialData,
      taskLayoutSets: [{ layoutSet: otherTask }],
    });
    expect(screen.getByText('Kari Nordmann')).toBeInTheDocument();
  });

  it('says so when that task is not available, and treats an empty taskId as its own', () => {
    renderForm([], {
      pages: {
        review: [
          summary({ target: { type: 'layoutSet', taskId: 'Task_9' } }),
          { id: 'own', type: 'Summary2', target: { type: 'page', id: 'personal', taskId: '' } },
        ],
        personal: [name],
      },
      texts,
      initialData,
    });
    expect(screen.getByText('Oppsummeringen av steget «Task_9» er ikke tilgjengelig her.')).toBeInTheDocument();
    expect(screen.getByText('Kari Nordmann')).toBeInTheDocument();
  });
});

describe('Summary2 pages in an accordion', () => {
  it('shows each page as a section the user opens', async () => {
    const { container, user } = renderForm([], { pages: pages({ showPageInAccordion: true }), texts, initialData });
    const personal = screen.getByText('Om deg').closest('details');
    expect(personal).not.toHaveAttribute('open');
    await expectNoAxeViolations(container);
    await user.click(screen.getByText('Om deg'));
    expect(personal).toHaveAttribute('open');
    expect(within(personal!).getByText('Kari Nordmann')).toBeVisible();
  });
});

describe('back to the summary', () => {
  const withNavigation = (extra?: Record<string, unknown>) => ({
    review: [summary(extra), navButtons('review')],
    personal: [name, phone, navButtons('personal')],
    event: [guests, guestName, navButtons('event')],
  });

  it('offers the way back after Endre and focuses the entry the user came from', async () => {
    const { user } = renderForm([], { pages: withNavigation(), texts, initialData });
    await user.click(screen.getByRole('button', { name: 'Endre Telefon' }));
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('textbox', { name: 'Telefon' }));
    // Back to the summary replaces next while the user is away from it, as the primary button, first.
    expect(screen.queryByRole('button', { name: 'Neste' })).not.toBeInTheDocument();
    const back = screen.getByRole('button', { name: 'Tilbake til oppsummeringen' });
    expect(back).toHaveAttribute('data-variant', 'primary');
    expect(back.parentElement!.querySelector('button')).toBe(back);
    await user.click(screen.getByRole('button', { name: 'Tilbake til oppsummeringen' }));
    const entry = await screen.findByRole('button', { name: 'Endre Telefon' });
    await expect.poll(() => document.activeElement).toBe(entry);
    expect(screen.queryByRole('button', { name: 'Tilbake til oppsummeringen' })).not.toBeInTheDocument();
  });

  it('opens the accordion page of the entry on the way back', async () => {
    const { user } = renderForm([], { pages: withNavigation({ showPageInAccordion: true }), texts, initialData });
    await user.click(screen.getByText('Arrangementet'));
    await user.click(screen.getAllByRole('button', { name: 'Endre Gjestens navn' })[1]);
    await user.click(await screen.findByRole('button', { name: 'Tilbake til oppsummeringen' }));
    await expect.poll(() => document.activeElement?.id).toBe('summary-change-guest-name-1');
  });

  it('is gone after the user navigates some other way', async () => {
    const { user } = renderForm([], {
      pages: {
        ...withNavigation(),
        personal: [name, phone, { type: 'NavigationBar', id: 'bar' }, navButtons('personal')],
      },
      texts,
      initialData,
    });
    await user.click(screen.getByRole('button', { name: 'Endre Navn' }));
    expect(await screen.findByRole('button', { name: 'Tilbake til oppsummeringen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Arrangementet/ }));
    await expect.poll(() => screen.queryByRole('textbox', { name: 'Telefon' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tilbake til oppsummeringen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tilbake' })).toBeInTheDocument();
  });
});

describe('Summary2 validation messages', () => {
  it("shows a field's visible errors under its value", async () => {
    const { user } = renderForm([], {
      pages: {
        review: [summary(), { id: 'submit', type: 'Button' }],
        personal: [{ ...phone, required: true }],
      },
      texts,
      initialData,
    });
    expect(screen.queryByText('Du må fylle ut telefon')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    const value = screen.getByRole('definition');
    expect(await within(value).findByText('Du må fylle ut telefon')).toBeInTheDocument();
  });
});

describe("a component type's own summary", () => {
  // An agency's type that stores a list as `a;b;c` and wants it shown as a list in summaries.
  function TagsField() {
    return null;
  }
  function TagsSummary({ node, override }: SkjemaSummaryProps) {
    // Custom types have no built-in display value: the summary reads the binding itself.
    const { text } = useBinding(node);
    const tags = text === '' ? [] : text.split(';');
    if (tags.length === 0) return <span>{override.emptyFieldText ?? 'ingen'}</span>;
    return (
      <ul aria-label="Stikkord">
        {tags.map((tag) => (
          <li key={tag}>{tag}</li>
        ))}
      </ul>
    );
  }
  const tagsType: ComponentDefinition = { type: 'Tags', render: TagsField, category: 'form', summary: TagsSummary };
  const tags = {
    id: 'tags',
    type: 'Tags',
    dataModelBindings: { simpleBinding: 'tags' },
    textResourceBindings: { title: 'Stikkord', summaryTitle: 'Dine stikkord' },
  };

  it('renders the value part of the line, under the title the summary draws, with a change button', async () => {
    const { container } = renderForm([], {
      pages: { review: [summary()], tagging: [tags] },
      texts,
      initialData: { tags: 'skog;fjell' },
      components: [tagsType],
    });
    expect(screen.getByRole('term')).toHaveTextContent('Dine stikkord');
    const list = screen.getByRole('list', { name: 'Stikkord' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['skog', 'fjell']);
    expect(screen.getByRole('button', { name: /Dine stikkord/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('gets the overrides that apply to it, and is listed even when empty', () => {
    renderForm([], {
      pages: {
        review: [
          summary({ hideEmptyFields: true, overrides: [{ componentType: 'Tags', emptyFieldText: 'Ingen valgt' }] }),
        ],
        tagging: [tags],
      },
      texts,
      components: [tagsType],
    });
    expect(screen.getByRole('definition')).toHaveTextContent('Ingen valgt');
  });
});
