import type { SigningOrganisation, SigningUser } from '../../../core/services/signing.ts';

/** Whom a signature is for: the user as a person, or an organisation the user may sign for. */
export type SigningChoice =
  { personally: true; name: string } | { personally: false; organisation: SigningOrganisation };

/** The user's own signature comes first, as it is the one that is theirs alone. */
export function signingChoicesOf(user: SigningUser): SigningChoice[] {
  const organisations = (user.organisations ?? []).map((organisation): SigningChoice => ({
    personally: false,
    organisation,
  }));
  return user.personalSignee ? [{ personally: true, name: user.personalSignee.name }, ...organisations] : organisations;
}

/** Tells the choices apart in the radio group; prefixed so no organisation number can pass for the user. */
export function keyOfChoice(choice: SigningChoice): string {
  return choice.personally ? 'person' : `organisation:${choice.organisation.orgNumber}`;
}
