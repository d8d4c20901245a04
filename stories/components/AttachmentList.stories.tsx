import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { AppInstanceProvider } from '../../src/react/context/AppInstanceContext.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'list.title': ['Vedlegg', 'Attachments'],
  'group.maps': ['Kart', 'Maps'],
  'group.plans': ['Planer', 'Plans'],
});

const dataElements = [
  { id: 'd1', dataType: 'model', filename: null },
  { id: 'd2', dataType: 'map', filename: 'kart-over-torget.png', selfLinks: { apps: '/data/d2' } },
  { id: 'd3', dataType: 'plan', filename: 'plan-for-vakthold.pdf', selfLinks: { apps: '/data/d3' } },
];

const layout = (extra: Record<string, unknown>) => {
  const set = formOf(
    [
      {
        id: 'attachments',
        type: 'AttachmentList',
        textResourceBindings: { title: 'list.title' },
        ...extra,
      } as RawComponent,
    ],
    { texts },
  );
  set.applicationMetadata = {
    dataTypes: [
      { id: 'model', appLogic: { classRef: 'App.Model' } },
      { id: 'map', grouping: 'group.maps' },
      { id: 'plan', grouping: 'group.plans' },
    ],
  };
  return set;
};

const meta = {
  title: 'Components/AttachmentList',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: layout({}) },
  decorators: [
    (Story) => (
      <AppInstanceProvider dataElements={dataElements}>
        <Story />
      </AppInstanceProvider>
    ),
  ],
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The uploaded files as download links; the form data itself is not an attachment. */
export const Links: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'kart-over-torget.png',
      'plan-for-vakthold.pdf',
    ]);
  },
};

export const Grouped: Story = {
  args: { layoutSet: layout({ groupByDataTypeGrouping: true, links: false }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'Kart' })).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};
