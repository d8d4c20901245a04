import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AppTextsProvider } from '../../src/react/app/AppTexts.ts';
import { ConfirmationPage } from '../../src/react/app/ConfirmationPage.tsx';
import { ErrorPage } from '../../src/react/app/ErrorPage.tsx';
import { FeedbackPage } from '../../src/react/app/FeedbackPage.tsx';
import { InstanceSelection } from '../../src/react/app/InstanceSelection.tsx';
import { PartySelection, type PartyChoice } from '../../src/react/app/PartySelection.tsx';
import { ReceiptPage } from '../../src/react/app/ReceiptPage.tsx';
import { SaveStatusIndicator, type SaveState } from '../../src/react/app/SaveStatusIndicator.tsx';

/** The pages `<AltinnApp>` shows around the form, each on its own with scripted props. */
function Pages({ page, language = 'nb' }: { page: React.ReactNode; language?: string }) {
  return <AppTextsProvider language={language}>{page}</AppTextsProvider>;
}

const meta = {
  title: 'App/Pages',
  component: Pages,
  argTypes: { page: { control: false } },
} satisfies Meta<typeof Pages>;

export default meta;
type Story = StoryObj<typeof meta>;

const parties: PartyChoice[] = [
  { partyId: '50001', name: 'Ola Nordmann', kind: 'person', ssn: '01017012345' },
  {
    partyId: '50002',
    name: 'Fjellheim Idrettslag',
    kind: 'organisation',
    orgNumber: '910000001',
    subunits: [
      { partyId: '50003', name: 'Fjellheim Idrettslag avd. ski', kind: 'subunit', orgNumber: '910000002' },
      { partyId: '50004', name: 'Fjellheim Idrettslag avd. fotball', kind: 'subunit', orgNumber: '910000003' },
    ],
  },
  { partyId: '50005', name: 'Gamle Bakeri AS', kind: 'organisation', orgNumber: '910000004', isDeleted: true },
];

export const ChooseParty: Story = {
  args: { page: <PartySelection parties={parties} onSelect={fn()} /> },
};

export const ChoosePartyFiltered: Story = {
  args: { page: <PartySelection parties={parties} onSelect={fn()} /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Søk etter navn eller nummer' }), 'ski');
    await expect(canvas.getByRole('button', { name: 'Fjellheim Idrettslag avd. ski' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Ola Nordmann' })).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('Viser 2 av 5');
  },
};

export const NoParties: Story = {
  args: { page: <PartySelection parties={[]} onSelect={fn()} /> },
};

const instances = [
  { id: '50001/0b1a-1', lastChanged: '2026-11-30T09:15:00Z', lastChangedBy: 'Ola Nordmann' },
  { id: '50001/0b1a-2', lastChanged: '2026-12-04T14:02:00Z', lastChangedBy: 'Kari Nordmann' },
];

export const ChooseInstance: Story = {
  args: { page: <InstanceSelection instances={instances} onContinue={fn()} onStartNew={fn()} /> },
};

export const ChooseInstanceEnglish: Story = {
  args: {
    language: 'en',
    page: <InstanceSelection instances={instances} onContinue={fn()} onStartNew={fn()} />,
  },
};

const confirmation = (props: Partial<ComponentProps<typeof ConfirmationPage>> = {}) => (
  <ConfirmationPage canConfirm onConfirm={fn()} {...props} />
);

export const Confirm: Story = { args: { page: confirmation() } };

export const ConfirmNotAuthorised: Story = { args: { page: confirmation({ canConfirm: false }) } };

export const ConfirmBlockedByBackend: Story = {
  args: {
    page: confirmation({
      issues: [
        { severity: 1, source: 'Custom', description: 'Arrangementet må ha en ansvarlig person.' },
        { severity: 2, source: 'Custom', description: 'Warnings do not block and are not listed.' },
      ],
    }),
  },
};

export const Feedback: Story = { args: { page: <FeedbackPage /> } };

export const Receipt: Story = {
  args: {
    page: (
      <ReceiptPage
        instanceId="50001/6f1e4b52-8d0b-4c51-9a7e-2c3f1b9d0e11"
        submittedAt="2026-12-05T10:30:00Z"
        sender="Ola Nordmann"
        receiver="Testdepartementet"
        files={[
          { id: 'a', filename: 'Arrangementstillatelse.pdf', url: '/ttd/app/instances/50001/x/data/a' },
          { id: 'b', filename: 'kart.png', url: '/ttd/app/instances/50001/x/data/b' },
          { id: 'c', filename: 'uten-lenke.txt', url: 'javascript:alert(1)' },
        ]}
      />
    ),
  },
};

/** An app with `copyInstanceSettings.enabled`: the receipt offers a new copy; here the copy fails. */
export const ReceiptWithNewCopy: Story = {
  args: {
    page: (
      <ReceiptPage
        instanceId="50001/6f1e4b52-8d0b-4c51-9a7e-2c3f1b9d0e11"
        submittedAt="2026-12-05T10:30:00Z"
        sender="Ola Nordmann"
        files={[]}
        onNewCopy={() => Promise.reject(new Error('offline'))}
      />
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Lag en ny kopi' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Vi kunne ikke lage en kopi');
  },
};

export const ReceiptWithoutFiles: Story = {
  args: { page: <ReceiptPage instanceId="50001/6f1e4b52-8d0b-4c51-9a7e-2c3f1b9d0e11" files={[]} /> },
};

const states: SaveState[] = ['saving', 'saved', 'retrying', 'offline', 'failed'];

export const SaveStatuses: Story = {
  args: {
    page: (
      <>
        {states.map((state) => (
          <SaveStatusIndicator key={state} state={state} />
        ))}
      </>
    ),
  },
};

export const NetworkError: Story = { args: { page: <ErrorPage problem={{ kind: 'network' }} onRetry={fn()} /> } };

export const Forbidden: Story = { args: { page: <ErrorPage problem={{ kind: 'forbidden' }} /> } };

export const AuthenticationLevelTooLow: Story = {
  args: { page: <ErrorPage problem={{ kind: 'authLevel', requiredLevel: '3' }} /> },
};

export const InstanceNotFound: Story = { args: { page: <ErrorPage problem={{ kind: 'notFound' }} /> } };
