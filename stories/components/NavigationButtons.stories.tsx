import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  appName: ['Søknad om arrangementstillatelse', 'Application for an event permit'],
  'applicant.header': ['Om søkeren', 'About the applicant'],
  'event.header': ['Om arrangementet', 'About the event'],
  'summary.header': ['Se over søknaden', 'Review your application'],
});

const page = (name: string): RawComponent[] => [
  { id: `${name}-header`, type: 'Header', size: 'L', textResourceBindings: { title: `${name}.header` } },
  { id: `${name}-nav`, type: 'NavigationButtons', showBackButton: true },
];

const meta = {
  title: 'Components/NavigationButtons',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([], {
      texts,
      pages: { applicant: page('applicant'), event: page('event'), summary: page('summary') },
    }),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const buttonTexts = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('button')
    .map((button) => button.textContent);

/** The first page has no page before it: only "Neste". */
export const FirstPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Om søkeren');
    await expect(buttonTexts(canvasElement)).toEqual(['Neste']);
  },
};

/** A middle page: "Neste" (primary, first) and "Tilbake". The play function goes there with "Neste". */
export const MiddlePage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Om arrangementet');
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveFocus();
    await expect(buttonTexts(canvasElement)).toEqual(['Neste', 'Tilbake']);
  },
};

/** The last page: only "Tilbake", which goes back a page. */
export const LastPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Se over søknaden');
    await expect(buttonTexts(canvasElement)).toEqual(['Tilbake']);
    await userEvent.click(canvas.getByRole('button', { name: 'Tilbake' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Om arrangementet');
    await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Se over søknaden');
  },
};
