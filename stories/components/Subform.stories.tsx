import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import {
  goodsLayoutSet,
  standEntries,
  standLayoutSet,
  standPage,
  standPageWithGoods,
  standsSubform,
  standTexts,
  unnamedStand,
} from '../support/standSubform.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = standTexts;
const form = (extra: Partial<RawComponent> = {}) => formOf([standsSubform(extra)], { texts });
const filled = withServices({ subformEntries: { stand: standEntries() } });
/** A summary page first (the form opens on it), then the page with the Subform. */
const summaryOf = (overrides: unknown[]) =>
  formOf([], {
    texts,
    pages: {
      summary: [{ id: 'summary', type: 'Summary2', target: { type: 'component', id: 'stands' }, overrides }],
      form: [standsSubform({ entryDisplayName: ['dataModel', 'stand.name'] })],
    },
  });

const meta = {
  title: 'Components/Subform',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false }, subformLayoutSets: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til salgsbod' }));
    await expect(await canvas.findByRole('button', { name: 'Slett Oppføring 1' })).toBeVisible();
  },
};

export const Filled: Story = {
  decorators: [filled],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Endre Vaffelbua' })).toBeVisible();
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('cell', { name: 'Loppis' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }) },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('cell', { name: 'Loppis' })).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** Without the subform's layout set the entry cannot be opened, and the form says so. */
export const EditUnavailable: Story = {
  decorators: [filled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Endre Vaffelbua' }));
    await expect(canvas.getByText('Oppføringen kan ikke åpnes her ennå.')).toBeVisible();
  },
};

/** An opened entry: its own page replaces the main form until its close button saves it. */
export const EditingAnEntry: Story = {
  args: { subformLayoutSets: [standLayoutSet()] },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Endre Vaffelbua' }));
    await expect(canvas.getByRole('heading', { level: 2, name: 'Om salgsboden' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /Navn på boden/ })).toHaveValue('Vaffelbua');
    await expect(canvas.queryByRole('table', { name: 'Salgsboder' })).toBeNull();
  },
};

/** Saving the entry failed: it stays open with what the user typed, and the form says so. */
export const SaveFailed: Story = {
  args: { subformLayoutSets: [standLayoutSet()] },
  decorators: [withFailingServices({ subformEntries: { stand: standEntries() } }, ['saveSubformEntry'])],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Endre Loppis' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Hva selges?' }), 'Bruktsalg');
    await userEvent.click(canvas.getByRole('button', { name: 'Ferdig' }));
    await expect(await canvas.findByText(/Oppføringen kunne ikke lagres/)).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Hva selges?' })).toHaveValue('Bruktsalg');
  },
};

/** The data type's `maxCount` (2) is reached: no add button, and a text saying why where it was. */
export const MaxReached: Story = {
  args: { subformLayoutSets: [standLayoutSet(standPage(), { maxCount: 2 })] },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/høyeste antallet oppføringer som er tillatt \(2\)/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Legg til salgsbod' })).toBeNull();
  },
};

/** Fewer entries than the data type's `minCount` (1): the error shows once the user tries to submit. */
export const MinCountError: Story = {
  args: {
    layoutSet: formOf([standsSubform(), { id: 'submit', type: 'Button' }], { texts }),
    subformLayoutSets: [standLayoutSet(standPage(), { minCount: 1 })],
  },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send inn' }));
    await expect((await canvas.findAllByText(/legge til flere oppføringer \(minst 1\)/))[0]).toBeVisible();
  },
};

/**
 * The Subform is on page 2, which the user has not opened: its entries are still listed and
 * checked, so submitting from page 1 names the missing entry in the error report.
 */
export const MinCountErrorOnAnotherPage: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: {
        start: [
          { id: 'nav', type: 'NavigationButtons' },
          { id: 'submit', type: 'Button' },
        ],
        stands: [standsSubform(), { id: 'back', type: 'NavigationButtons', showBackButton: true }],
      },
    }),
    subformLayoutSets: [standLayoutSet(standPage(), { minCount: 1 })],
  },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send inn' }));
    await expect((await canvas.findAllByText(/legge til flere oppføringer \(minst 1\)/))[0]).toBeVisible();
    await expect(canvas.queryByRole('table', { name: 'Salgsboder' })).toBeNull();
  },
};

/** An entry whose own page has an error (no name): its row says so, and submitting names it. */
export const EntryWithErrors: Story = {
  args: {
    layoutSet: formOf([standsSubform(), { id: 'submit', type: 'Button' }], { texts }),
    subformLayoutSets: [standLayoutSet()],
  },
  decorators: [withServices({ subformEntries: { stand: [...standEntries(), unnamedStand()] } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Oppføringen har feil')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect((await canvas.findAllByText(/Det er feil i disse oppføringene: Oppføring 3/))[0]).toBeVisible();
  },
};

/** An entry's page with a Subform of its own, whose entries open in turn. */
export const SubformInsideAnEntry: Story = {
  args: { subformLayoutSets: [standLayoutSet(standPageWithGoods()), goodsLayoutSet()] },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Endre Vaffelbua' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Legg til vare' }));
    await expect(await canvas.findByRole('heading', { name: 'Om varen' })).toBeVisible();
  },
};

/** Each stall has its own goods: opening Loppis lists Loppis' goods only, not Vaffelbua's. */
export const EachEntrysOwnEntries: Story = {
  args: { subformLayoutSets: [standLayoutSet(standPageWithGoods()), goodsLayoutSet()] },
  decorators: [
    withServices({
      subformEntries: { stand: standEntries() },
      nestedSubformEntries: {
        s1: { goods: [{ id: 'g1', data: { item: { name: 'Vafler' } } }] },
        s2: { goods: [{ id: 'g2', data: { item: { name: 'Bøker' } } }] },
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Endre Loppis' }));
    const goods = await canvas.findByRole('table', { name: 'Varer' });
    await expect(await within(goods).findByRole('cell', { name: 'Bøker' })).toBeVisible();
    await expect(within(goods).queryByRole('cell', { name: 'Vafler' })).toBeNull();
  },
};

/** A Summary2 of the Subform: the entries as a table with the columns (the default). */
export const TableSummary: Story = {
  args: { layoutSet: summaryOf([]) },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('cell', { name: 'Vaffelbua' })).toBeVisible();
  },
};

/** A Summary2 with `display: "full"` for every Subform: each entry's page summarised under the entry's name. */
export const FullSummary: Story = {
  args: {
    layoutSet: summaryOf([{ componentType: 'Subform', display: 'full' }]),
    subformLayoutSets: [standLayoutSet()],
  },
  decorators: [filled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Vaffelbua', { selector: '.skjema-summary-row-title' })).toBeVisible();
    await expect(canvas.getAllByText('Navn på boden')).toHaveLength(2);
  },
};
