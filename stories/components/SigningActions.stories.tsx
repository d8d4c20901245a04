import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import {
  organisationSignees,
  organisationSigner,
  personalAndOrganisationSignees,
  personalAndOrganisationSigner,
  signees,
  signer,
  submitter,
} from '../support/signingSeed.ts';
import { textsOf } from '../support/texts.ts';
import { withFailingServices } from '../support/withFailingServices.tsx';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'sign.checkbox': [
    'Jeg har lest søknaden og bekrefter at den er riktig',
    'I have read the application and confirm it',
  ],
  'sign.checkbox_description': ['Du signerer på vegne av foreningen.', 'You sign on behalf of the association.'],
});

const actions = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'signing',
  type: 'SigningActions',
  ...extra,
});

const meta = {
  title: 'Components/SigningActions',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf([actions()], { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const waiting = [{ name: 'Kari Nordmann', status: 'waiting' as const }];

export const ReadyToSign: Story = {
  args: {
    layoutSet: formOf(
      [
        actions({
          textResourceBindings: { checkboxLabel: 'sign.checkbox', checkboxDescription: 'sign.checkbox_description' },
        }),
      ],
      { texts },
    ),
  },
  decorators: [withServices({ signingUser: signer, signees: waiting, currentSignee: 0 })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Signer' }));
    await expect(canvas.getByText('Du må bekrefte før du kan signere.')).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: /Jeg har lest søknaden/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Signer' }));
    await expect(await canvas.findByRole('heading', { name: 'Du har signert' })).toBeVisible();
  },
};

/**
 * A user with key roles in two organisations chooses which one to sign for; signing without a
 * choice marks the group and moves focus to it. The choice goes with the signature (`onBehalfOf`).
 */
export const OnBehalfOf: Story = {
  decorators: [withServices({ signingUser: organisationSigner, signees: organisationSignees })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: 'Hvem signerer du på vegne av?' });
    await userEvent.click(canvas.getByRole('checkbox', { name: /Jeg bekrefter/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Signer' }));
    await expect(canvas.getByText('Du må velge hvem du signerer på vegne av.')).toBeVisible();
    await expect(within(group).getByRole('radio', { name: 'Festivalforeningen' })).toHaveFocus();
    await userEvent.click(within(group).getByRole('radio', { name: 'Scenebyggerne AS' }));
    await expect(canvas.queryByText('Du må velge hvem du signerer på vegne av.')).toBeNull();
  },
};

/**
 * A user asked to sign personally who also has a key role in one organisation chooses between
 * themself (first) and the organisation; the personal signature carries no `onBehalfOf`.
 */
export const PersonallyOrOnBehalfOf: Story = {
  decorators: [withServices({ signingUser: personalAndOrganisationSigner, signees: personalAndOrganisationSignees })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: 'Hvem signerer du på vegne av?' });
    const myself = within(group).getByRole('radio', { name: 'Meg selv (Ola Nordmann)' });
    await expect(within(group).getAllByRole('radio')[0]).toBe(myself);
    await userEvent.click(myself);
    await userEvent.click(canvas.getByRole('checkbox', { name: /Jeg bekrefter/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Signer' }));
    // The organisation is left, and with one choice there is nothing more to choose.
    await waitFor(() => expect(canvas.queryByRole('radio')).toBeNull());
  },
};

export const RejectDialog: Story = {
  decorators: [withServices({ signingUser: signer, signees: waiting })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Avbryt signeringen' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Vil du avbryte signeringen?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fortsett signeringen' }));
    await waitFor(() => expect(dialog).not.toBeVisible());
    await userEvent.click(canvas.getByRole('button', { name: 'Avbryt signeringen' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, avbryt signeringen' }));
    await expect(await canvas.findByText('Signeringen er avbrutt.')).toBeVisible();
  },
};

export const ReadyToSubmit: Story = {
  decorators: [withServices({ signingUser: submitter, signees: [signees[0]] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Klar til innsending' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send inn' })).toBeEnabled();
  },
};

export const AwaitingOthers: Story = {
  decorators: [withServices({ signingUser: { ...submitter, hasSigned: true }, signees: [signees[0], signees[1]] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Venter på signaturer' })).toBeVisible();
    await expect(canvas.getByText('Du har signert. Du kan sende inn når alle andre har signert.')).toBeVisible();
  },
};

export const DelegationFailed: Story = {
  decorators: [
    withServices({ signingUser: submitter, signees: [{ name: 'Ola Nordmann', status: 'delegationFailed' }] }),
  ],
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', { name: 'Noen fikk ikke tilgang til å signere' }),
    ).toBeVisible();
  },
};

export const NothingToDo: Story = {
  decorators: [
    withServices({
      signingUser: {
        maySign: false,
        mayReject: false,
        maySubmit: false,
        hasSigned: false,
        inboxUrl: 'https://www.altinn.no/ui/messagebox',
      },
      signees,
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Du trenger ikke å gjøre noe' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Gå til innboksen' })).toHaveAttribute(
      'href',
      'https://www.altinn.no/ui/messagebox',
    );
  },
};

export const ServerError: Story = {
  decorators: [withFailingServices({}, ['fetchSigningUser'])],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet signeringen');
  },
};

export const SigningFails: Story = {
  decorators: [withFailingServices({ signingUser: signer, signees: waiting }, ['performTaskAction'])],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox'));
    await userEvent.click(canvas.getByRole('button', { name: 'Signer' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Det gikk ikke å fullføre handlingen. Prøv igjen.',
    );
  },
};
