import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { formatDiagnostic, loadLayoutSet, objectSource } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';

// The bundled example app, read by the same loader an app on disk goes through.
const APP_ROOT = '../../examples/event-permit/';
const files = import.meta.glob('../../examples/event-permit/App/**/*.json', { eager: true, import: 'default' });
const source = objectSource(
  Object.fromEntries(Object.entries(files).map(([path, json]) => [path.slice(APP_ROOT.length), json])),
);
const { layoutSet, diagnostics } = await loadLayoutSet(source);
if (!layoutSet) throw new Error(`The example app did not load:\n${diagnostics.map(formatDiagnostic).join('\n')}`);

const filled = {
  applicant: {
    type: 'organisation',
    name: 'Grünerløkka Velforening',
    orgNumber: '912345678',
    email: 'post@grunerlokka-vel.example.no',
    phone: '22 33 44 55',
  },
  event: {
    name: 'Vårmarked på Olaf Ryes plass',
    category: 'market',
    date: '17.05.2027',
    attendees: 1500,
    description: 'Marked med 40 boder, matsalg og aktiviteter for barn. Åpent kl. 10–16.',
    services: 'foodSale,amplifiedMusic',
  },
  conditions: { accepted: 'true' },
};

const meta = {
  title: 'Forms/Example app (event permit)',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet, initialData: filled, onSubmit: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

async function goForward(canvas: Canvas, pages: number) {
  for (let page = 0; page < pages; page++) await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
}

/** Page 1 of 4, empty: who is applying. The organisation number appears once "Organisasjon" is chosen. */
export const Applicant: Story = {
  args: { initialData: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Søknad om arrangementstillatelse');
    await expect(canvas.getByText('Side 1 av 4: Søker')).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Om søkeren');
    await expect(canvas.queryByRole('textbox', { name: 'Organisasjonsnummer' })).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: 'Organisasjon eller foretak' }));
    await expect(canvas.getByRole('textbox', { name: 'Organisasjonsnummer' })).toBeRequired();
  },
};

/** Page 2 of 4, filled in: the event, with the category from the app's code list. */
export const Event: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await goForward(canvas, 1);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Om arrangementet');
    await expect(canvas.getByRole('combobox', { name: 'Type arrangement' })).toHaveValue('market');
    await expect(canvas.getByRole('checkbox', { name: 'Salg av mat' })).toBeChecked();
  },
};

/** Page 3 of 4: the conditions in Markdown and the consent checkbox. */
export const Conditions: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await goForward(canvas, 2);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Vilkår for tillatelsen');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
    await expect(
      canvas.getByRole('checkbox', { name: 'Jeg har lest vilkårene og forplikter meg til å følge dem' }),
    ).toBeChecked();
  },
};

/** Page 4 of 4: the summary reads the data through text variables; "Send inn søknaden" submits. */
export const Summary: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await goForward(canvas, 3);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Se over søknaden');
    await expect(canvas.getByText('Grünerløkka Velforening')).toBeVisible();
    await expect(canvas.getByText('1500')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn søknaden' }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
  },
};

/** The whole app in English (nb, nn and en texts; Settings.json turns the language selector on). */
export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await expect(canvas.getByText('Page 1 of 4', { exact: false })).toBeVisible();
  },
};
