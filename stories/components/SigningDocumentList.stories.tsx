import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { documents } from '../support/signingSeed.ts';
import { textsOf } from '../support/texts.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'documents.title': ['Dette signerer du', 'What you sign'],
  'documents.description': ['Les dokumentene før du signerer.', 'Read the documents before you sign.'],
});

const list: RawComponent = {
  id: 'documents',
  type: 'SigningDocumentList',
  textResourceBindings: { title: 'documents.title', description: 'documents.description' },
};

const meta = {
  title: 'Components/SigningDocumentList',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([list], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Filled: Story = {
  decorators: [withServices({ signingDocuments: documents })],
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole('table', { name: 'Dette signerer du' });
    await expect(within(table).getByRole('link', { name: 'soknad.pdf' })).toHaveAttribute('href', '/files/soknad.pdf');
    await expect(within(table).getByRole('cell', { name: 'situasjonsplan.png' })).toBeVisible();
  },
};

export const Empty: Story = {
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Det er ingen dokumenter å signere.')).toBeVisible();
  },
};

export const ServerError: Story = {
  decorators: [withFailingServices({}, ['listSigningDocuments'])],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet dokumentene');
  },
};

/** In a Summary: the documents, each a download link where the server offers one. */
export const InSummary: Story = {
  args: {
    layoutSet: formOf([], {
      texts,
      pages: { review: [{ id: 'summary', type: 'Summary', componentRef: 'documents' }], signing: [list] },
    }),
  },
  decorators: [withServices({ signingDocuments: documents })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('term')).toHaveTextContent('Dette signerer du');
    await expect(await canvas.findByRole('link', { name: 'soknad.pdf' })).toBeVisible();
  },
};
