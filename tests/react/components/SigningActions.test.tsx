import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import {
  organisationSignees,
  organisationSigner,
  personalAndOrganisationSignees,
  personalAndOrganisationSigner,
  signees,
  signer,
  submitter,
} from '../../../stories/support/signingSeed.ts';
import { failingServices } from '../../../stories/support/withFailingServices.tsx';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';
import { withModalDialogs } from '../support/modalDialogs.ts';

withModalDialogs();

const texts = { nb: nb({ 'sign.title': 'Signer søknaden', 'sign.button': 'Signer nå' }) };
const actions = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'signing',
  type: 'SigningActions',
  ...extra,
});
const waiting = [{ name: 'Kari Nordmann', status: 'waiting' as const }];

describe('SigningActions', () => {
  it('asks the signee to confirm, then signs and says nothing more is needed', async () => {
    const services = createInMemoryFormServices({ signingUser: signer, signees: waiting, currentSignee: 0 });
    const perform = vi.spyOn(services, 'performTaskAction');
    const { user, container } = renderWithServices(
      [actions({ textResourceBindings: { awaitingSignaturePanelTitle: 'sign.title', signingButton: 'sign.button' } })],
      services,
      { texts },
    );
    expect(await screen.findByRole('heading', { name: 'Signer søknaden' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Signer nå' }));
    const checkbox = screen.getByRole('checkbox', { name: 'Jeg bekrefter at opplysningene og dokumentene er riktige' });
    expect(checkbox).toHaveFocus();
    expect(checkbox).toHaveAccessibleDescription('Du må bekrefte før du kan signere.');
    expect(perform).not.toHaveBeenCalled();
    await user.click(checkbox);
    await user.click(screen.getByRole('button', { name: 'Signer nå' }));
    expect(perform).toHaveBeenCalledWith('sign');
    expect(await screen.findByRole('heading', { name: 'Du har signert' })).toBeInTheDocument();
    expect(await services.listSignees()).toEqual([expect.objectContaining({ status: 'signed' })]);
  });

  it('cancels the signing only after the confirmation dialog', async () => {
    const services = createInMemoryFormServices({ signingUser: signer, signees: waiting });
    const perform = vi.spyOn(services, 'performTaskAction');
    const { user } = renderWithServices([actions()], services, { texts });
    await user.click(await screen.findByRole('button', { name: 'Avbryt signeringen' }));
    const dialog = screen.getByRole('dialog', { name: 'Vil du avbryte signeringen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Fortsett signeringen' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(perform).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Avbryt signeringen' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ja, avbryt signeringen' }));
    expect(perform).toHaveBeenCalledWith('reject');
    expect(await screen.findByText('Signeringen er avbrutt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Signer' })).toBeNull();
  });

  it('lets whoever completes the task submit once everyone has signed', async () => {
    const { user, onSubmit } = renderWithServices(
      [actions()],
      createInMemoryFormServices({ signingUser: submitter, signees: [signees[0]] }),
      { texts },
    );
    expect(await screen.findByRole('heading', { name: 'Klar til innsending' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('makes the submitter wait for the others', async () => {
    renderWithServices([actions()], createInMemoryFormServices({ signingUser: submitter, signees: waiting }), {
      texts,
    });
    expect(await screen.findByRole('heading', { name: 'Venter på signaturer' })).toBeInTheDocument();
    expect(screen.getByText('Du kan sende inn når alle har signert.')).toBeInTheDocument();
  });

  it('warns whoever completes the task when a signee got no access', async () => {
    renderWithServices(
      [actions()],
      createInMemoryFormServices({ signingUser: submitter, signees: [{ name: 'Ola', status: 'delegationFailed' }] }),
      { texts },
    );
    expect(await screen.findByRole('heading', { name: 'Noen fikk ikke tilgang til å signere' })).toBeInTheDocument();
  });

  it('tells others there is nothing to do, with a link to the inbox', async () => {
    renderWithServices(
      [actions()],
      createInMemoryFormServices({
        signingUser: { maySign: false, mayReject: false, maySubmit: false, hasSigned: false, inboxUrl: '/inbox' },
      }),
      { texts },
    );
    expect(await screen.findByRole('heading', { name: 'Du trenger ikke å gjøre noe' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til innboksen' })).toHaveAttribute('href', '/inbox');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows an error when the signing cannot be loaded', async () => {
    renderWithServices([actions()], failingServices({}, ['listSignees']), { texts });
    expect(await screen.findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet signeringen. Prøv igjen senere.');
  });

  it('says so when signing fails, and keeps the signing panel', async () => {
    const { user } = renderWithServices(
      [actions()],
      failingServices({ signingUser: signer, signees: waiting }, ['performTaskAction']),
      { texts },
    );
    await user.click(await screen.findByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gikk ikke å fullføre handlingen. Prøv igjen.');
    expect(screen.getByRole('button', { name: 'Signer' })).toBeInTheDocument();
  });
});

describe('SigningActions on behalf of an organisation', () => {
  const confirm = () =>
    screen.getByRole('checkbox', { name: 'Jeg bekrefter at opplysningene og dokumentene er riktige' });

  it('asks which organisation the user signs for, and the signature carries it', async () => {
    const services = createInMemoryFormServices({ signingUser: organisationSigner, signees: organisationSignees });
    const perform = vi.spyOn(services, 'performTaskAction');
    const { user, container } = renderWithServices([actions()], services, { texts });
    const group = await screen.findByRole('group', { name: 'Hvem signerer du på vegne av?' });
    const festival = within(group).getByRole('radio', { name: 'Festivalforeningen' });
    const stage = within(group).getByRole('radio', { name: 'Scenebyggerne AS' });
    expect(stage).toHaveAccessibleDescription('Org.nr. 987 654 321');
    expect(stage).toBeRequired();
    await expectNoAxeViolations(container);

    await user.click(confirm());
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(perform).not.toHaveBeenCalled();
    expect(festival).toHaveFocus();
    expect(festival).toHaveAttribute('aria-invalid', 'true');
    expect(festival).toHaveAccessibleDescription(/Du må velge hvem du signerer på vegne av\./);
    await expectNoAxeViolations(container);

    await user.click(stage);
    expect(screen.queryByText('Du må velge hvem du signerer på vegne av.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(perform).toHaveBeenCalledWith('sign', { onBehalfOf: '987654321' });
    // The other organisation is still to sign for: with only one left there is nothing to choose.
    await vi.waitFor(async () =>
      expect(await services.listSignees()).toEqual([
        expect.objectContaining({ organisation: 'Festivalforeningen', status: 'waiting' }),
        expect.objectContaining({ organisation: 'Scenebyggerne AS', status: 'signed' }),
      ]),
    );
    await vi.waitFor(() => expect(screen.queryByRole('radio')).toBeNull());
    await user.click(confirm());
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(perform).toHaveBeenLastCalledWith('sign', { onBehalfOf: '912345678' });
    expect(await screen.findByRole('heading', { name: 'Du har signert' })).toBeInTheDocument();
  });

  it('signs for the only organisation without asking', async () => {
    const services = createInMemoryFormServices({
      signingUser: { ...signer, organisations: [{ orgNumber: '912345678', name: 'Festivalforeningen' }] },
      signees: organisationSignees,
    });
    const perform = vi.spyOn(services, 'performTaskAction');
    const { user } = renderWithServices([actions()], services, { texts });
    await user.click(await screen.findByRole('checkbox'));
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(perform).toHaveBeenCalledWith('sign', { onBehalfOf: '912345678' });
    expect(await screen.findByRole('heading', { name: 'Du har signert' })).toBeInTheDocument();
  });

  it('lets a user who also signs personally choose themself first, signing without an organisation', async () => {
    const services = createInMemoryFormServices({
      signingUser: personalAndOrganisationSigner,
      signees: personalAndOrganisationSignees,
    });
    const perform = vi.spyOn(services, 'performTaskAction');
    const { user, container } = renderWithServices([actions()], services, { texts });
    const group = await screen.findByRole('group', { name: 'Hvem signerer du på vegne av?' });
    // One organisation is still a choice when the user is also asked to sign personally.
    const myself = within(group).getByRole('radio', { name: 'Meg selv (Ola Nordmann)' });
    const festival = within(group).getByRole('radio', { name: 'Festivalforeningen' });
    expect(within(group).getAllByRole('radio')).toEqual([myself, festival]);
    expect(myself).toBeRequired();
    await expectNoAxeViolations(container);

    await user.click(confirm());
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(perform).not.toHaveBeenCalled();
    expect(myself).toHaveFocus();

    await user.click(myself);
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(perform).toHaveBeenCalledWith('sign');
    await vi.waitFor(async () =>
      expect(await services.listSignees()).toEqual([
        expect.objectContaining({ name: 'Ola Nordmann', status: 'signed' }),
        expect.objectContaining({ organisation: 'Festivalforeningen', status: 'waiting' }),
      ]),
    );
    // Only the organisation is left: it is signed for without asking.
    await vi.waitFor(() => expect(screen.queryByRole('radio')).toBeNull());
    await user.click(confirm());
    await user.click(screen.getByRole('button', { name: 'Signer' }));
    expect(perform).toHaveBeenLastCalledWith('sign', { onBehalfOf: '912345678' });
    expect(await screen.findByRole('heading', { name: 'Du har signert' })).toBeInTheDocument();
    expect(await services.listSignees()).toEqual([
      expect.objectContaining({ status: 'signed' }),
      expect.objectContaining({ status: 'signed' }),
    ]);
  });

  it('offers the personal signature in nynorsk and English too', async () => {
    for (const [language, label] of [
      ['nn', 'Meg sjølv (Ola Nordmann)'],
      ['en', 'Myself (Ola Nordmann)'],
    ] as const) {
      const services = createInMemoryFormServices({
        signingUser: personalAndOrganisationSigner,
        signees: personalAndOrganisationSignees,
      });
      const { unmount } = renderWithServices([actions()], services, { language });
      expect(await screen.findByRole('radio', { name: label })).toBeInTheDocument();
      unmount();
    }
  });
});
