import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'panel.title': ['Før du begynner', 'Before you start'],
  'panel.body': [
    'Ha dette klart:\n\n- kart over området\n- plan for vakthold',
    'Have this ready:\n\n- a map of the area\n- a security plan',
  ],
});

const panel = (variant: string, showIcon = true): RawComponent => ({
  id: `panel-${variant}`,
  type: 'Panel',
  variant,
  showIcon,
  textResourceBindings: { title: 'panel.title', body: 'panel.body' },
});

const meta = {
  title: 'Components/Panel',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([panel('info')], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Før du begynner' })).toBeVisible();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
  },
};

/** The four variants; the last one without its icon. */
export const Variants: Story = {
  args: {
    layoutSet: formOf([panel('warning'), panel('error'), panel('success'), { ...panel('plain', false), id: 'p' }], {
      texts,
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('heading', { level: 2 })).toHaveLength(4);
  },
};
