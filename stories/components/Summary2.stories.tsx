import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
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
});

const input = (id: string, path: string, title: string) => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: path },
  textResourceBindings: { title },
});

const pagesWith = (summary: Record<string, unknown>) => ({
  review: [{ id: 'summary', type: 'Summary2', ...summary }],
  applicant: [input('name', 'person.name', 'name.title'), input('phone', 'person.phone', 'phone.title')],
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
  ],
});

const meta = {
  title: 'Components/Summary2',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([], { texts, pages: pagesWith({}) }),
    initialData: { person: { name: 'Kari Nordmann' }, event: { name: 'Vårmarked' }, guests: [{ name: 'Ola' }] },
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
    const field = await canvas.findByRole('textbox', { name: 'Telefon' });
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
