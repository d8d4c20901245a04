import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'person.title': ['Om deg', 'About you'],
  'name.title': ['Navn', 'Name'],
  'town.title': ['Poststed', 'Town'],
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
    input('town', 'person.town', 'town.title'),
  ],
});

const meta = {
  title: 'Components/Summary',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([], { texts, pages: pagesWith({}) }),
    initialData: { person: { name: 'Kari Nordmann', town: 'Bergen' } },
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
