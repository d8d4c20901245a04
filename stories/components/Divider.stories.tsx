import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'a.header': ['Om søkeren', 'About the applicant'],
  'b.header': ['Om arrangementet', 'About the event'],
});

const meta = {
  title: 'Components/Divider',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [
        { id: 'a', type: 'Header', size: 'M', textResourceBindings: { title: 'a.header' } },
        { id: 'line', type: 'Divider' },
        { id: 'b', type: 'Header', size: 'M', textResourceBindings: { title: 'b.header' } },
      ],
      { texts },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A rule between two sections. */
export const BetweenSections: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('hr#line')).toBeVisible();
  },
};
