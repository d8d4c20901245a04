import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { headingsForm, LONG_TITLE } from '../support/headingsForm.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';

/**
 * The heading outline of a page: the form title (h1), Header L/M/S, titled groups and repeating
 * groups, each level a step smaller; a group without a title adds no level. The browser test
 * tests/browser/headings.browser.test.tsx measures the sizes and the line breaks.
 */
const meta = {
  title: 'Forms/Heading hierarchy',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: headingsForm(), initialData: { guests: [{ name: 'Kari Nordmann' }] } },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const outline = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('heading')
    .map((heading) => heading.tagName);

export const Desktop: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();
    await expect(outline(canvasElement)).toEqual(['H1', 'H2', 'H2', 'H3', 'H3', 'H4', 'H4', 'H2', 'H2', 'H3']);
  },
};

/** At 375 px the long title wraps between words; the one word no line holds is broken. */
export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const frame = within(canvasElement).getByTestId('phone-frame');
    await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  },
};
