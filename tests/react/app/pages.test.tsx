import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppTextsProvider } from '../../../src/react/app/AppTexts.ts';
import { ConfirmationPage } from '../../../src/react/app/ConfirmationPage.tsx';
import { ErrorPage } from '../../../src/react/app/ErrorPage.tsx';
import { InstanceSelection } from '../../../src/react/app/InstanceSelection.tsx';
import { PartySelection, type PartyChoice } from '../../../src/react/app/PartySelection.tsx';
import { ReceiptPage } from '../../../src/react/app/ReceiptPage.tsx';
import { SaveStatusIndicator } from '../../../src/react/app/SaveStatusIndicator.tsx';
import { useBeforeUnload } from '../../../src/react/app/useBeforeUnload.ts';
import { expectAccessible } from './axe.ts';

const parties: PartyChoice[] = [
  { partyId: '1', name: 'Ola Nordmann', kind: 'person', ssn: '01017012345' },
  {
    partyId: '2',
    name: 'Fjellheim Idrettslag',
    kind: 'organisation',
    orgNumber: '910000001',
    subunits: [
      { partyId: '3', name: 'Avdeling ski', kind: 'subunit', orgNumber: '910000002' },
      { partyId: '4', name: 'Avdeling fotball', kind: 'subunit', orgNumber: '910000003' },
    ],
  },
];

describe('PartySelection', () => {
  it('lists persons and organisations with their numbers, subunits under their organisation', async () => {
    const { container } = render(<PartySelection parties={parties} onSelect={() => {}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Hvem vil du sende inn for?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fjellheim Idrettslag' })).toHaveAccessibleDescription(
      'Org.nr. 910000001',
    );
    const subunits = screen.getByRole('list', { name: 'Underenheter av Fjellheim Idrettslag' });
    expect(
      within(subunits)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Avdeling ski', 'Avdeling fotball']);
    await expectAccessible(container);
  });

  it('filters by name or number, keeping an organisation whose subunit matches, and says how many are shown', async () => {
    const user = userEvent.setup();
    render(<PartySelection parties={parties} onSelect={() => {}} />);
    const filter = screen.getByRole('searchbox', { name: 'Søk etter navn eller nummer' });
    await user.type(filter, 'ski');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Fjellheim Idrettslag',
      'Avdeling ski',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Viser 2 av 4');
    await user.clear(filter);
    await user.type(filter, '910000003');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Fjellheim Idrettslag',
      'Avdeling fotball',
    ]);
    await user.clear(filter);
    await user.type(filter, 'finnes ikke');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Ingen passer til søket.');
  });

  it('chooses the party whose button is pressed, subunits included', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<PartySelection parties={parties} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: 'Avdeling fotball' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('4');
  });

  it('says when the party chosen before may not start the form', () => {
    render(<PartySelection parties={parties} onSelect={() => {}} notAllowed />);
    expect(screen.getByText('Den du valgte, kan ikke starte dette skjemaet. Velg en annen.')).toBeInTheDocument();
  });

  it('says so when there is nobody to act for', () => {
    render(<PartySelection parties={[]} onSelect={() => {}} />);
    expect(screen.getByText('Du kan ikke sende inn dette skjemaet for noen.')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

describe('InstanceSelection', () => {
  const instances = [
    { id: '1/old', lastChanged: '2026-11-30T09:15:00Z', lastChangedBy: 'Ola' },
    { id: '1/new', lastChanged: '2026-12-04T14:02:00Z', lastChangedBy: 'Kari' },
  ];

  it('lists unfinished instances newest first; continue opens the chosen one, start again creates one', async () => {
    const user = userEvent.setup();
    const onContinue = vi.fn();
    const onStartNew = vi.fn();
    const { container } = render(
      <InstanceSelection instances={instances} onContinue={onContinue} onStartNew={onStartNew} />,
    );
    const rows = within(screen.getByRole('table', { name: 'Skjemaer du har startet' })).getAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual(['Kari', 'Ola']);
    const continueButtons = screen.getAllByRole('button', { name: /^Fortsett her/ });
    expect(continueButtons[0]).toHaveAccessibleName(/skjemaet sist endret .*2026/);
    await user.click(continueButtons[1]);
    expect(onContinue).toHaveBeenCalledExactlyOnceWith('1/old');
    await user.click(screen.getByRole('button', { name: 'Start på nytt' }));
    expect(onStartNew).toHaveBeenCalledOnce();
    await expectAccessible(container);
  });

  it('disables every button while one choice is on its way', () => {
    render(<InstanceSelection instances={instances} onContinue={() => {}} onStartNew={() => {}} busy />);
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
  });

  it('speaks the language it is given', () => {
    render(
      <AppTextsProvider language="nn">
        <InstanceSelection instances={instances} onContinue={() => {}} onStartNew={() => {}} />
      </AppTextsProvider>,
    );
    expect(screen.getAllByRole('button', { name: /^Hald fram her/ })).toHaveLength(2);
  });
});

describe('ConfirmationPage', () => {
  it('confirms once per press and offers no button to a user without the confirm action', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const { rerender } = render(<ConfirmationPage canConfirm onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    rerender(<ConfirmationPage canConfirm={false} onConfirm={onConfirm} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Du har ikke tilgang til å sende inn dette skjemaet.')).toBeInTheDocument();
  });

  it('lists the errors that blocked the move; warnings are not listed; app texts win over descriptions', () => {
    render(
      <AppTextsProvider language="nb" appTexts={{ nb: [{ id: 'custom.missing', value: 'Mangler {0}' }] }}>
        <ConfirmationPage
          canConfirm
          onConfirm={() => {}}
          issues={[
            { severity: 1, source: 'A', description: 'Feil fra serveren' },
            { severity: 2, source: 'A', description: 'Bare en advarsel' },
            {
              severity: 1,
              source: 'B',
              customTextKey: 'custom.missing',
              customTextParameters: { what: 'ansvarlig' },
              description: 'ignored',
            },
          ]}
        />
      </AppTextsProvider>,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Feil fra serveren', 'Mangler ansvarlig']);
  });
});

describe('ReceiptPage', () => {
  it('shows when, the reference number and the files as download links; unsafe URLs are not links', async () => {
    const { container } = render(
      <ReceiptPage
        instanceId="501/6f1e4b52-8d0b-4c51-9a7e-2c3f1b9d0e11"
        submittedAt="2026-12-05T10:30:00Z"
        sender="Ola Nordmann"
        files={[
          { id: 'a', filename: 'soknad.pdf', url: '/ttd/app/instances/501/x/data/a' },
          { id: 'b', filename: 'farlig.txt', url: 'javascript:alert(1)' },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Skjemaet er sendt inn' })).toBeInTheDocument();
    expect(screen.getByText('Referansenummer').nextElementSibling).toHaveTextContent('2c3f1b9d0e11');
    expect(screen.getByText('Avsender').nextElementSibling).toHaveTextContent('Ola Nordmann');
    expect(screen.queryByText('Mottaker')).toBeNull();
    expect(screen.getByRole('link', { name: 'soknad.pdf' })).toHaveAttribute('href', '/ttd/app/instances/501/x/data/a');
    expect(screen.queryByRole('link', { name: 'farlig.txt' })).toBeNull();
    expect(screen.getByText('farlig.txt')).toBeInTheDocument();
    await expectAccessible(container);
  });
});

describe('SaveStatusIndicator', () => {
  it('is one polite live region whose text follows the state', () => {
    const { rerender } = render(<SaveStatusIndicator state="idle" />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
    rerender(<SaveStatusIndicator state="saving" />);
    expect(region).toHaveTextContent('Lagrer …');
    rerender(<SaveStatusIndicator state="offline" />);
    expect(region).toHaveTextContent(/du er uten nett.*tatt vare på/);
    rerender(<SaveStatusIndicator state="saved" />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('Alle endringer er lagret');
  });
});

describe('ErrorPage', () => {
  it('asks for the security level the obligation names, and retries on request', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<ErrorPage problem={{ kind: 'authLevel', requiredLevel: '3' }} />);
    expect(screen.getByText(/høyere sikkerhetsnivå \(nivå 3\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<ErrorPage problem={{ kind: 'network' }} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('useBeforeUnload', () => {
  function Guard({ unsaved }: { unsaved: () => boolean }) {
    useBeforeUnload(unsaved);
    return null;
  }
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    act(() => void window.dispatchEvent(event));
    return event.defaultPrevented;
  };

  it('warns only while changes are unsaved at the moment of leaving, and stops when unmounted', () => {
    let unsaved = true;
    const { unmount } = render(<Guard unsaved={() => unsaved} />);
    expect(leave()).toBe(true);
    unsaved = false;
    expect(leave()).toBe(false);
    unsaved = true;
    unmount();
    expect(leave()).toBe(false);
  });
});
