import type { Signee, SigningDocument, SigningUser } from '../../src/react/context/FormServices.ts';

export const signees: Signee[] = [
  { name: 'Kari Nordmann', organisation: 'Festivalforeningen', status: 'signed', signedAt: '2026-05-01T10:15:00Z' },
  { name: 'Ola Nordmann', status: 'waiting' },
  { organisation: 'Scenebyggerne AS', status: 'notificationFailed' },
];

export const documents: SigningDocument[] = [
  { id: 'd1', filename: 'soknad.pdf', dataType: 'ref-data-as-pdf', size: 48_213, url: '/files/soknad.pdf' },
  { id: 'd2', filename: 'situasjonsplan.png', dataType: 'attachments', size: 1_250_000 },
];

export const signer: SigningUser = { maySign: true, mayReject: true, maySubmit: false, hasSigned: false };
export const submitter: SigningUser = { maySign: false, mayReject: false, maySubmit: true, hasSigned: false };

/** Someone with key roles in two organisations, both asked to sign: they choose which one they sign for. */
export const organisationSigner: SigningUser = {
  ...signer,
  organisations: [
    { orgNumber: '912345678', name: 'Festivalforeningen' },
    { orgNumber: '987654321', name: 'Scenebyggerne AS' },
  ],
};

export const organisationSignees: Signee[] = [
  { organisation: 'Festivalforeningen', status: 'waiting' },
  { organisation: 'Scenebyggerne AS', status: 'waiting' },
];

/**
 * Someone asked to sign personally who also has a key role in one organisation that is asked to
 * sign: they choose between themself and the organisation, one signature at a time.
 */
export const personalAndOrganisationSigner: SigningUser = {
  ...signer,
  personalSignee: { name: 'Ola Nordmann' },
  organisations: [{ orgNumber: '912345678', name: 'Festivalforeningen' }],
};

export const personalAndOrganisationSignees: Signee[] = [
  { name: 'Ola Nordmann', status: 'waiting' },
  { organisation: 'Festivalforeningen', status: 'waiting' },
];
