import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { LoadedLayoutSet, RawComponent } from '../../src/core/index.ts';
import { AltinnApp } from '../../src/react/app/AltinnApp.tsx';
import { formOf } from '../support/formOf.ts';
import { element, ola, scriptedApp, type ScriptOptions } from './scriptedApp.ts';

/**
 * `<AltinnApp>` running a whole service against a scripted connected app: every page it shows,
 * from party selection to the receipt, with the backend's answers chosen by the story.
 */
const meta = {
  title: 'App/AltinnApp',
  component: AltinnApp,
  argTypes: { connectedApp: { control: false } },
} satisfies Meta<typeof AltinnApp>;

export default meta;
type Story = StoryObj<typeof meta>;

const permitForm: LoadedLayoutSet = {
  ...formOf(
    [
      {
        id: 'name',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'name' },
        textResourceBindings: { title: 'name.title' },
        required: true,
      },
      {
        id: 'guests',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'guests' },
        textResourceBindings: { title: 'guests.title' },
      },
      { id: 'submit', type: 'Button' } satisfies RawComponent,
    ],
    {
      texts: {
        nb: [
          { id: 'appName', value: 'Søknad om arrangementstillatelse' },
          { id: 'name.title', value: 'Navn på arrangementet' },
          { id: 'guests.title', value: 'Antall gjester' },
        ],
      },
      schema: { type: 'object', properties: { name: { type: 'string' }, guests: { type: 'integer' } } },
    },
  ),
  id: 'permit',
  tasks: ['Task_1'],
};

const service: ScriptOptions = {
  layoutSets: [permitForm],
  tasks: [
    { id: 'Task_1', type: 'data', layoutSetId: 'permit', write: true },
    { id: 'Task_2', type: 'confirmation' },
  ],
  models: { model: { name: 'Sommerfest på Fjellheim', guests: 120 } },
  files: [element('map', 'situasjonskart', 'situasjonskart.pdf')],
};

const run = (options: ScriptOptions) => ({ connectedApp: scriptedApp(options).app });

export const ChoosePartyThenFill: Story = {
  args: run({
    ...service,
    entry: {
      kind: 'select-party',
      reason: 'prompt',
      parties: [
        ola,
        {
          partyId: 777,
          partyTypeName: 2,
          name: 'Fjellheim Idrettslag',
          orgNumber: '910000001',
          childParties: [{ partyId: 778, partyTypeName: 4, name: 'Fjellheim IL avd. ski', orgNumber: '910000002' }],
        },
      ],
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Fjellheim IL avd. ski' }));
    await expect(await canvas.findByRole('textbox', { name: /Navn på arrangementet/ })).toHaveValue(
      'Sommerfest på Fjellheim',
    );
  },
};

export const ContinueOrStartAgain: Story = {
  args: run({
    ...service,
    entry: {
      kind: 'select-instance',
      party: ola,
      instances: [
        { id: '501/a', lastChanged: '2026-12-01T10:00:00Z', lastChangedBy: 'Ola Nordmann' },
        { id: '501/b', lastChanged: '2026-12-04T16:45:00Z', lastChangedBy: 'Kari Nordmann' },
      ],
    },
  }),
};

export const FillSubmitConfirm: Story = {
  args: run(service),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: /Navn på arrangementet/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Se over og send inn' })).toHaveFocus();
    await expect(await canvas.findByText('Sommerfest på Fjellheim')).toBeVisible();
  },
};

/** Settings' `taskNavigation`: the steps of the process, where the user is, and completed steps to look at. */
export const TaskNavigation: Story = {
  args: run({
    ...service,
    tasks: [...(service.tasks ?? []), { id: 'Task_3', type: 'signing' }],
    uiSettings: {
      taskNavigation: [{ taskId: 'Task_1' }, { taskId: 'Task_2' }, { taskId: 'Task_3' }, { type: 'receipt' }],
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: /Navn på arrangementet/ });
    const nav = canvas.getByRole('navigation', { name: 'Sider i skjemaet' });
    await expect(nav).toHaveTextContent(/Steg 1 av 4/);
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await canvas.findByRole('heading', { level: 1, name: 'Se over og send inn' });
    // On the confirmation page the filling-in step is completed and opens read-only.
    const steps = canvas.getByRole('navigation', { name: 'Sider i skjemaet' });
    await expect(steps).toHaveTextContent(/Steg 2 av 4/);
    const toggle = within(steps).queryByRole('button', { expanded: false });
    if (toggle) await userEvent.click(toggle);
    await userEvent.click(within(steps).getByRole('button', { name: 'Utfylling (Fullført)' }));
    await expect(await canvas.findByText(/Du ser på et steg som er fullført/)).toBeVisible();
    await expect(await canvas.findByRole('textbox', { name: /Navn på arrangementet/ })).toHaveAttribute('readonly');
  },
};

export const Confirmation: Story = {
  args: run({ ...service, startAt: 1 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Sommerfest på Fjellheim')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send inn' })).toBeEnabled();
  },
};

export const ConfirmationNotAuthorised: Story = {
  args: run({
    ...service,
    startAt: 1,
    tasks: [service.tasks![0], { id: 'Task_2', type: 'confirmation', actions: { read: true, confirm: false } }],
  }),
};

export const ReadOnlyTask: Story = {
  args: run({ ...service, tasks: [{ id: 'Task_1', type: 'data', layoutSetId: 'permit', write: false }] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Du kan se dette steget, men ikke endre det.')).toBeVisible();
  },
};

export const BlockedByBackend: Story = {
  args: run({
    ...service,
    processAnswers: [
      {
        kind: 'blocked',
        issues: [{ severity: 1, source: 'Custom', field: 'name', description: 'Navnet er allerede i bruk i år.' }],
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: /Navn på arrangementet/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect(await canvas.findByText('Navnet er allerede i bruk i år.')).toBeVisible();
  },
};

export const SubmitFailed: Story = {
  args: run({
    ...service,
    processAnswers: [{ kind: 'error', error: new TypeError('fetch failed'), message: 'fetch failed' }],
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: /Navn på arrangementet/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Send inn' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Opplysningene dine er tatt vare på');
  },
};

const offline = scriptedApp(service);

export const SavingOffline: Story = {
  args: { connectedApp: offline.app },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: /Navn på arrangementet/ });
    await waitFor(() => expect(offline.latest()).toBeDefined());
    offline.latest().setSaveStatus('offline', 'fetch failed');
    await expect(await canvas.findByText(/du er uten nett/)).toBeVisible();
  },
};

export const WaitingForFeedback: Story = {
  args: run({ ...service, tasks: [{ id: 'Task_1', type: 'feedback' }] }),
};

export const Receipt: Story = {
  args: run({ ...service, tasks: [] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('link', { name: 'situasjonskart.pdf' })).toBeVisible();
  },
};

export const ServiceUnreachable: Story = {
  args: run({ loadFailure: new TypeError('fetch failed') }),
};

export const NeedsHigherLoginLevel: Story = {
  args: run({ loadFailure: { status: 403, body: { RequiredAuthenticationLevel: '3' } } }),
};

export const InEnglish: Story = {
  args: { ...run({ ...service, tasks: [{ id: 'Task_2', type: 'confirmation' }] }), language: 'en' },
};
