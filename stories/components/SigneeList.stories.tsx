import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { signees } from '../support/signingSeed.ts';
import { textsOf } from '../support/texts.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'signees.title': ['Hvem skal signere', 'Who is to sign'],
  'signees.description': ['Alle må signere før søknaden sendes.', 'Everyone must sign before the application is sent.'],
  'signees.help': ['Signatarene får beskjed i innboksen.', 'The signees are told in their inbox.'],
});

const list = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'signees',
  type: 'SigneeList',
  textResourceBindings: { title: 'signees.title', description: 'signees.description', help: 'signees.help' },
  ...extra,
});

const meta = {
  title: 'Components/SigneeList',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([list()], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Filled: Story = {
  decorators: [withServices({ signees })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table', { name: 'Hvem skal signere' });
    await expect(within(table).getByRole('cell', { name: 'Venter på signering' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Hjelp til Hvem skal signere' }));
    await expect(canvas.getByText('Signatarene får beskjed i innboksen.')).toBeVisible();
  },
};

export const DefaultTitle: Story = {
  args: { layoutSet: formOf([list({ textResourceBindings: {} })], { texts }) },
  decorators: [withServices({ signees })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table', { name: 'Signatarer' })).toBeVisible();
  },
};

export const Empty: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Ingen er bedt om å signere ennå.')).toBeVisible();
  },
};

export const ServerError: Story = {
  decorators: [withFailingServices({}, ['listSignees'])],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'Vi fikk ikke hentet hvem som skal signere',
    );
  },
};

/** In a Summary2 of the layout set, by default: each signee with whom they sign for and their status. */
export const InSummary: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: { review: [{ id: 'summary', type: 'Summary2' }], signing: [list()] },
    }),
  },
  decorators: [withServices({ signees })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('term')).toHaveTextContent('Hvem skal signere');
    await expect(await canvas.findByText('Venter på signering')).toBeVisible();
    await expect(canvas.getByText('På vegne av Festivalforeningen')).toBeVisible();
  },
};
