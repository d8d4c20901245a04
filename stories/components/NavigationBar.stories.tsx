import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  applicant: ['Om søkeren', 'About the applicant'],
  event: ['Om arrangementet', 'About the event'],
  summary: ['Oppsummering', 'Summary'],
});

const page = (key: string, compact: boolean): RawComponent[] => [
  { id: `${key}-nav`, type: 'NavigationBar', compact },
  { id: `${key}-header`, type: 'Header', size: 'L', textResourceBindings: { title: key } },
];
const layout = (compact: boolean) =>
  formOf([], {
    texts,
    pages: { applicant: page('applicant', compact), event: page('event', compact), summary: page('summary', compact) },
  });

const meta = {
  title: 'Components/NavigationBar',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: layout(false) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** All pages in a row; the current one is marked for sight and for screen readers. */
export const Pages: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Om arrangementet' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Om arrangementet');
    await expect(canvas.getByRole('button', { name: 'Om arrangementet' })).toHaveAttribute('aria-current', 'page');
  },
};

/** `compact`: the list opens from a button naming the current page. */
export const Compact: Story = {
  args: { layoutSet: layout(true) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Side 1 av 3: Om søkeren' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await userEvent.click(canvas.getByRole('button', { name: 'Oppsummering' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Oppsummering');
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Form pages' })).toBeVisible();
  },
};
