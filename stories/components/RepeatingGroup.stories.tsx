import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'guests.title': ['Gjester', 'Guests'],
  'guests.description': ['Alle som skal delta på arrangementet.', 'Everyone attending the event.'],
  'guests.add': ['gjest', 'guest'],
  'name.title': ['Navn', 'Name'],
  'email.title': ['E-post', 'Email'],
  'role.title': ['Rolle', 'Role'],
  'role.host': ['Vert', 'Host'],
  'role.guest': ['Gjest', 'Guest'],
  'summary.text': ['Husk å legge til deg selv.', 'Remember to add yourself.'],
});

const guests = (extra: Partial<RawComponent> = {}, children = ['name', 'email', 'role']): RawComponent[] => [
  {
    id: 'guests',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'guests' },
    textResourceBindings: { title: 'guests.title', description: 'guests.description', add_button: 'guests.add' },
    children,
    ...extra,
  },
  {
    id: 'name',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'guests.name' },
    textResourceBindings: { title: 'name.title' },
  },
  {
    id: 'email',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'guests.email' },
    textResourceBindings: { title: 'email.title' },
  },
  {
    id: 'role',
    type: 'RadioButtons',
    dataModelBindings: { simpleBinding: 'guests.role' },
    textResourceBindings: { title: 'role.title' },
    options: [
      { value: 'host', label: 'role.host' },
      { value: 'guest', label: 'role.guest' },
    ],
  },
];

const data = {
  guests: [
    { altinnRowId: 'r1', name: 'Kari Nordmann', email: 'kari@example.no', role: 'host' },
    { altinnRowId: 'r2', name: 'Ola Nordmann', email: 'ola@example.no', role: 'guest' },
    { altinnRowId: 'r3', name: 'Per Hansen', email: 'per@example.no', role: 'guest' },
  ],
};

const form = (extra: Partial<RawComponent> = {}, children?: string[]) => formOf(guests(extra, children), { texts });

const meta = {
  title: 'Components/RepeatingGroup',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form(), initialData: data },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default table: display values (option labels) per column, edit and delete per row. */
export const Table: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Gjester' });
    await expect(within(table).getAllByRole('row')).toHaveLength(4);
    await expect(table).toHaveTextContent('Vert');
  },
};

export const Empty: Story = {
  args: { initialData: {} },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('table')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til ny gjest' }));
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Navn' })).toHaveFocus());
  },
};

/** Opening a row shows its fields under it; save closes it and returns focus to the row's button. */
export const EditRow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Endre rad 2' }));
    const editor = canvas.getByRole('group', { name: 'Redigerer rad 2' });
    await waitFor(() => expect(within(editor).getByRole('textbox', { name: 'Navn' })).toHaveFocus());
    await userEvent.type(within(editor).getByRole('textbox', { name: 'Navn' }), ' jr.');
    await userEvent.click(within(editor).getByRole('button', { name: 'Lagre og lukk' }));
    await expect(canvas.getByRole('table')).toHaveTextContent('Ola Nordmann jr.');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Endre rad 2' })).toHaveFocus());
  },
};

export const ConfirmDelete: Story = {
  args: { layoutSet: form({ edit: { alertOnDelete: true } }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Slett rad 3' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Ja, slett raden' })).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: 'Ja, slett raden' }));
    await expect(canvas.getByRole('table')).not.toHaveTextContent('Per Hansen');
  },
};

export const ShowAll: Story = {
  args: { layoutSet: form({ edit: { mode: 'showAll' } }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('textbox', { name: 'Navn' })).toHaveLength(3);
  },
};

export const HideTable: Story = {
  args: { layoutSet: form({ edit: { mode: 'hideTable', openByDefault: 'first' } }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvas.getByRole('group', { name: 'Redigerer rad 1' })).toBeVisible();
  },
};

export const OnlyTable: Story = {
  args: {
    layoutSet: form({ edit: { mode: 'onlyTable' }, tableColumns: { name: { editInTable: true, width: '40%' } } }, [
      'name',
      'email',
    ]),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('textbox', { name: 'Navn' })).toHaveLength(3);
  },
};

export const AtMaxCount: Story = {
  args: { layoutSet: form({ maxCount: 3 }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Legg til ny gjest' })).toBeDisabled();
  },
};

export const Paginated: Story = {
  args: { layoutSet: form({ pagination: { rowsPerPage: 2 } }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
    await expect(canvas.getByRole('table')).toHaveTextContent('Per Hansen');
    await expect(canvas.getByText('Side 2 av 2')).toBeVisible();
  },
};

export const MultiPage: Story = {
  args: {
    layoutSet: form({ edit: { multiPage: true, openByDefault: 'first' } }, ['0:name', '0:email', '1:role']),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
    await expect(canvas.getByRole('radio', { name: 'Vert' })).toBeChecked();
  },
};

export const WithRowsBeforeAndAfter: Story = {
  args: {
    layoutSet: form({
      rowsBefore: [{ cells: [{ text: 'summary.text' }] }],
      rowsAfter: [{ header: true, cells: [{ text: 'guests.title' }, { text: 'name.title' }] }],
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('table')).toHaveLength(3);
  },
};

/**
 * `edit` buttons as expressions per row: the host's row (role "Vert") can be neither edited nor
 * deleted, and deleting a guest asks first.
 */
export const PerRowButtons: Story = {
  args: {
    layoutSet: form({
      edit: {
        editButton: ['notEquals', ['dataModel', 'guests.role'], 'host'],
        deleteButton: ['notEquals', ['dataModel', 'guests.role'], 'host'],
        alertOnDelete: ['equals', ['component', 'role'], 'guest'],
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: /Slett rad 1/ })).toBeNull();
    await expect(canvas.queryByRole('button', { name: /Endre rad 1/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: /Slett rad 2/ }));
    await expect(canvas.getByRole('button', { name: 'Ja, slett raden' })).toHaveFocus();
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Edit row 1' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Add new guest' })).toBeVisible();
  },
};

/** At phone width the table scrolls sideways inside a focusable region; the page itself does not. */
export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frame = canvas.getByTestId('phone-frame');
    await expect(frame.scrollWidth).toBeLessThanOrEqual(375);
    const region = canvas.getByRole('region', { name: 'Gjester' });
    await expect(region).toHaveAttribute('tabindex', '0');
  },
};

/**
 * At phone width with a row open: the table scrolls sideways in its region, while the row's editor
 * is as wide as the region and stays at its left edge, so its fields and "Lagre og lukk" fit.
 */
export const PhoneWithRowOpen: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Endre rad 1' }));
    const editor = canvas.getByRole('group', { name: 'Redigerer rad 1' });
    const region = canvas.getByRole('region', { name: 'Gjester' });
    await expect(editor.getBoundingClientRect().right).toBeLessThanOrEqual(region.getBoundingClientRect().right);
    const save = within(editor).getByRole('button', { name: 'Lagre og lukk' });
    await expect(save.getBoundingClientRect().left).toBeCloseTo(
      within(editor).getByRole('textbox', { name: 'Navn' }).getBoundingClientRect().left,
      0,
    );
  },
};
