import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DevApp, type DevAppProps } from '../../examples/dev/DevApp.tsx';
import type { Diagnostic, LoadedLayoutSet } from '../../src/core/index.ts';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';

/** The page of `npm run start:form` in its states: the app's problems above the form, a folder that is not an app. */
const meta = {
  title: 'Forms/Dev page',
  component: DevApp,
  argTypes: { layoutSet: { control: false } },
} satisfies Meta<typeof DevApp>;

export default meta;
type Story = StoryObj<typeof meta>;

const form = formOf([
  {
    id: 'name',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'name' },
    textResourceBindings: { title: 'Navn på arrangementet' },
  },
]);

const warning = (i: number): Diagnostic => ({
  severity: 'warning',
  code: 'schema',
  file: `App/ui/arrangementstillatelse/layouts/søknadOmArrangementstillatelseForOffentligeArrangementer${i}.json`,
  pointer: `/data/layout/${i}/textResourceBindings/description`,
  componentId: `arrangement-beskrivelse-${i}`,
  message: 'Property "descriptionn" is not allowed here; did you mean "description"?',
});

const app = (layoutSet: LoadedLayoutSet | null, extra: Partial<DevAppProps> = {}): DevAppProps => ({
  layoutSet,
  tasks: [],
  startTask: null,
  taskLayoutSets: layoutSet ? { [layoutSet.id]: layoutSet } : {},
  subformLayoutSets: [],
  diagnostics: [],
  problem: null,
  ...extra,
});

/** Many warnings: the count in the heading, the first three listed, the rest folded. */
export const RendersWithWarnings: Story = {
  args: app(form, { diagnostics: Array.from({ length: 9 }, (_, i) => warning(i)) }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('region', { name: 'Skjemaet vises. Appen har 9 advarsler.' });
    await expect(box.querySelectorAll(':scope > ul > li')).toHaveLength(3);
    await userEvent.click(canvas.getByText('Vis 6 til'));
    await expect(canvas.getByText(/Arrangementer8\.json/)).toBeVisible();
  },
};

/** On a phone the long paths wrap inside the box. */
export const RendersWithWarningsOnAPhone: Story = {
  ...RendersWithWarnings,
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const frame = within(canvasElement).getByTestId('phone-frame');
    await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  },
};

/** One warning: nothing to fold. */
export const OneWarning: Story = {
  args: app(form, { diagnostics: [warning(1)] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Skjemaet vises. Appen har 1 advarsel.' })).toBeVisible();
    await expect(canvas.queryByText(/Vis \d+ til/)).toBeNull();
  },
};

/** No layout set could be read: the form does not render, and the box says so in red. */
export const DoesNotRender: Story = {
  args: app(null, {
    diagnostics: [
      {
        severity: 'error',
        code: 'layout-set',
        file: 'App/ui/layout-sets.json',
        message:
          'No layout sets: neither App/ui/layout-sets.json, nor UI folders with Settings.json, nor App/ui/layouts.',
      },
      warning(2),
    ],
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('region', { name: 'Skjemaet kan ikke vises. Appen har 1 feil og 1 advarsel.' }),
    ).toBeVisible();
  },
};

/** SKJEMA_APP points at App/ itself. */
export const PointedAtTheAppFolder: Story = {
  args: app(null, {
    problem: { kind: 'is-app-folder', appDir: '/home/kari/min-app/App', parent: '/home/kari/min-app' },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Fant ingen Altinn-app i /home/kari/min-app/App' })).toBeVisible();
    await expect(canvas.getByText(/Pek SKJEMA_APP på mappen over: \/home\/kari\/min-app$/)).toBeVisible();
  },
};

/** SKJEMA_APP points at a folder without App/. */
export const NotAnApp: Story = {
  args: app(null, { problem: { kind: 'no-app', appDir: '/home/kari/min-app/frontend', found: ['README.md', 'src'] } }),
};
