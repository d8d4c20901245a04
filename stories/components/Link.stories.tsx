import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'rules.title': ['Les reglene for arrangementer', 'Read the rules for events'],
  'rules.url': ['https://www.example.no/regler', 'https://www.example.no/rules'],
  'form.title': ['Last ned skjemaet', 'Download the form'],
  'guide.title': ['Åpne veiledningen', 'Open the guide'],
});

const links: RawComponent[] = [
  { id: 'rules', type: 'Link', style: 'link', textResourceBindings: { title: 'rules.title', target: 'rules.url' } },
  {
    id: 'guide',
    type: 'Link',
    style: 'primary',
    openInNewTab: true,
    textResourceBindings: { title: 'guide.title', target: 'rules.url' },
  },
  {
    id: 'form',
    type: 'Link',
    style: 'secondary',
    size: 'sm',
    textResourceBindings: { title: 'form.title', target: '/files/skjema.pdf', download: 'skjema.pdf' },
  },
];

const meta = {
  title: 'Components/Link',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(links, { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A plain link, a primary button-link opening a new tab, and a small secondary download. */
export const Styles: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Les reglene for arrangementer' })).toHaveAttribute(
      'href',
      'https://www.example.no/regler',
    );
    await expect(canvas.getByRole('link', { name: /Åpne veiledningen/ })).toHaveAttribute('target', '_blank');
    await expect(canvas.getByRole('link', { name: 'Last ned skjemaet' })).toHaveAttribute('download', 'skjema.pdf');
  },
};

/** Full width, with the text to the left. */
export const FullWidth: Story = {
  args: {
    layoutSet: formOf([{ ...links[1], fullWidth: true, textAlign: 'left', openInNewTab: false }], { texts }),
  },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Åpne veiledningen' });
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(300);
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('link', { name: /Open the guide \(opens in a new tab\)/ }),
    ).toBeVisible();
  },
};
