import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DelegationPage } from '../../src/preview-page/DelegationPage.tsx';
import { delegationApi } from '../../src/preview-page/delegationApi.ts';
import type { PreviewPageConfig } from '../../src/preview-page/config.ts';
import { expectNoAxeViolations } from '../react/support/renderForm.tsx';
import { EXAMPLE_APP, PreviewHarness } from './support/previewHarness.ts';

/** The delegation admin page against the real preview server, signed in as Sophie (1337). */
describe('the delegation page', () => {
  let harness: PreviewHarness;
  let config: PreviewPageConfig;
  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: EXAMPLE_APP });
    config = {
      org: 'skjema',
      app: 'event-permit',
      modelDataTypes: [],
      testUsers: [
        { userId: 1337, name: 'Sophie Salt', partyId: 501337 },
        { userId: 12345, name: 'Ola Nordmann', partyId: 512345 },
      ],
    };
  });
  afterAll(() => harness.close());

  const renderPage = (language = 'nb', token = harness.token) =>
    render(
      <DelegationPage
        config={config}
        language={language}
        api={delegationApi({
          ...config,
          baseUrl: harness.server.url,
          headers: () => ({ authorization: `Bearer ${token}` }),
        })}
      />,
    );

  it('gives Ola write in Utfylling for DDG Fitness, lists it, and revokes it', async () => {
    const user = userEvent.setup();
    const { container, unmount } = renderPage();
    const party = await screen.findByRole('combobox', { name: 'Part som gir tilgang' }, { timeout: 5000 });
    await user.selectOptions(party, '500000');
    expect(await screen.findByText('DDG Fitness AS har ikke gitt noen tilgang i denne tjenesten.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gi tilgang' }));
    expect(screen.getByText('Velg minst én rettighet.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Mottaker' }), '12345');
    await user.click(screen.getByRole('checkbox', { name: 'Fylle ut og endre' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'I steg' }), 'Task_1');
    await user.click(screen.getByRole('button', { name: 'Gi tilgang' }));

    expect(await screen.findByText('Ola Nordmann har fått tilgang.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Tilganger DDG Fitness AS har gitt' });
    const row = within(table).getByRole('row', { name: /Ola Nordmann/ });
    expect(row).toHaveTextContent('Hele tjenesten');
    expect(row).toHaveTextContent('Fylle ut og endre i Utfylling');
    const given = await harness.request<{ rights: unknown[] }[]>('GET', 'skjema/delegations?party=500000');
    expect(given.body).toMatchObject([{ to: { partyId: 512345 }, rights: [{ action: 'write', taskId: 'Task_1' }] }]);
    await expectNoAxeViolations(container);

    await user.click(within(row).getByRole('button', { name: 'Trekk tilbake tilgangen til Ola Nordmann' }));
    expect(await screen.findByText('Tilgangen til Ola Nordmann er trukket tilbake.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
    expect((await harness.request('GET', 'skjema/delegations?party=500000')).body).toEqual([]);
    unmount();
  });

  it('gives access to one submission of the party', async () => {
    const user = userEvent.setup();
    const instance = await harness.createInstance(501337);
    renderPage('en');
    await screen.findByRole('combobox', { name: 'Party giving access' }, { timeout: 5000 });
    await user.click(screen.getByRole('radio', { name: 'One submission' }));
    const submission = await screen.findByRole('combobox', { name: 'Submission' });
    expect(
      within(submission).getByRole('option', { name: new RegExp(instance.id.split('/')[1]!.slice(0, 8)) }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'See' }));
    await user.click(screen.getByRole('button', { name: 'Give access' }));
    const row = await screen.findByRole('row', { name: /Ola Nordmann/ });
    expect(row).toHaveTextContent(`Submission ${instance.id.split('/')[1]!.slice(0, 8)}`);
    const given = await harness.request('GET', 'skjema/delegations?party=501337');
    expect(given.body).toMatchObject([{ instanceId: instance.id, rights: [{ action: 'read', taskId: null }] }]);
  });

  it('offers a person only their own party', async () => {
    const ola = await harness.tokenFor(12345);
    const { unmount } = renderPage('nn', ola);
    const party = await screen.findByRole('combobox', { name: 'Part som gir tilgang' }, { timeout: 5000 });
    expect(
      within(party)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['512345']);
    unmount();
  });

  it('says what went wrong in the server’s words', async () => {
    renderPage('nn', 'not-a-token');
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent(/^Det gjekk ikkje: .+/);
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
