import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { AuthError, UnknownTestUserError } from './errors.ts';
import { canRepresent } from './parties.ts';
import { findPerson, type TestUsers } from './users.ts';

/**
 * The secret the preview server signs its test tokens with (HS256). The server creates one and
 * keeps it in its data folder, so tokens survive a restart but mean nothing anywhere else.
 */
export type TokenKey = Uint8Array;

/** localtest's `JwtCookieValidityTime`. */
export const TOKEN_LIFETIME_MINUTES = 960;

const ALGORITHM = 'HS256';
const ISSUER = 'skjema-preview';
const KEY_BYTES = 32;

export function createTokenKey(): TokenKey {
  return crypto.getRandomValues(new Uint8Array(KEY_BYTES));
}

export function tokenKeyToText(key: TokenKey): string {
  return Buffer.from(key).toString('hex');
}

/** Reads a key written by `tokenKeyToText`; throws when the text is not one (a damaged key file). */
export function tokenKeyFromText(text: string): TokenKey {
  const hex = text.trim();
  if (!new RegExp(`^[0-9a-f]{${KEY_BYTES * 2}}$`, 'i').test(hex)) {
    throw new Error(`A token key is ${KEY_BYTES * 2} hexadecimal characters; this one is not`);
  }
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

/** Who a verified token speaks for. */
export type Principal =
  | {
      readonly kind: 'user';
      readonly userId: number;
      readonly userName: string | null;
      /** The party in the token; the `AltinnPartyId` cookie may select another one. */
      readonly partyId: number;
      readonly authLevel: number;
      readonly scopes: readonly string[];
    }
  | {
      readonly kind: 'org';
      /** Service owner code (`ttd`), or null for a plain organisation token. */
      readonly org: string | null;
      readonly orgNumber: string | null;
      readonly authLevel: number;
      readonly scopes: readonly string[];
    };

export interface TestTokenRequest {
  readonly userId: number;
  /** Default 2, as localtest's `GetTestUserToken`. */
  readonly authenticationLevel?: number;
  /** A party the user acts for; default the user's own. */
  readonly partyId?: number;
  /** When the token is issued; default now. */
  readonly now?: Date;
}

async function sign(claims: JWTPayload, key: TokenKey, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + TOKEN_LIFETIME_MINUTES * 60)
    .setJti(crypto.randomUUID())
    .sign(key);
}

/**
 * A user token shaped like localtest's `GetTestUserToken` (platform §1.3, old user token).
 * Throws `UnknownTestUserError` for a user the test data lacks, and a plain error for a party the
 * user cannot act for.
 */
export async function issueTestToken(users: TestUsers, request: TestTokenRequest, key: TokenKey): Promise<string> {
  const person = findPerson(users, request.userId);
  if (!person) {
    throw new UnknownTestUserError(
      request.userId,
      users.persons.map((candidate) => candidate.userId),
    );
  }
  const partyId = request.partyId ?? person.partyId;
  if (!canRepresent(users, person.userId, partyId)) {
    throw new Error(`Test user ${person.userId} cannot act for party ${partyId}`);
  }
  const authLevel = request.authenticationLevel ?? 2;
  return sign(
    {
      ...person.customClaims,
      nameid: String(person.userId),
      'urn:altinn:userid': String(person.userId),
      'urn:altinn:username': person.userName,
      'urn:altinn:partyid': partyId,
      'urn:altinn:authlevel': authLevel,
      scope: 'altinn:portal/enduser',
    },
    key,
    request.now ?? new Date(),
  );
}

export interface OrgTokenRequest {
  /** Service owner code, e.g. `ttd`. */
  readonly org: string;
  readonly orgNumber?: string;
  /** Default 3, as localtest. */
  readonly authenticationLevel?: number;
  readonly scopes?: readonly string[];
  readonly now?: Date;
}

/** A service-owner token (platform §1.3), e.g. for moving a feedback task on. */
export async function issueOrgToken(request: OrgTokenRequest, key: TokenKey): Promise<string> {
  const scopes = request.scopes ?? ['altinn:serviceowner/instances.read', 'altinn:serviceowner/instances.write'];
  return sign(
    {
      'urn:altinn:org': request.org,
      ...(request.orgNumber ? { 'urn:altinn:orgNumber': request.orgNumber } : {}),
      'urn:altinn:authenticatemethod': 'maskinporten',
      'urn:altinn:authlevel': request.authenticationLevel ?? 3,
      scope: scopes.join(' '),
    },
    key,
    request.now ?? new Date(),
  );
}

/** Claims arrive as numbers or numeric strings depending on the token shape (platform §1.3). */
function integerClaim(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return null;
}

function scopesOf(payload: JWTPayload): string[] {
  const raw = payload['scope'] ?? payload['urn:altinn:scope'];
  return typeof raw === 'string' ? raw.split(/\s+/).filter(Boolean) : [];
}

function principalOf(payload: JWTPayload): Principal {
  const authLevel = integerClaim(payload['urn:altinn:authlevel']);
  if (authLevel === null) throw new AuthError('missing-claims', 'The token has no urn:altinn:authlevel');
  const org = payload['urn:altinn:org'];
  const orgNumber = payload['urn:altinn:orgNumber'];
  if (typeof org === 'string' || typeof orgNumber === 'string') {
    return {
      kind: 'org',
      org: typeof org === 'string' ? org : null,
      orgNumber: typeof orgNumber === 'string' ? orgNumber : null,
      authLevel,
      scopes: scopesOf(payload),
    };
  }
  const userId = integerClaim(payload['urn:altinn:userid']);
  const partyId = integerClaim(payload['urn:altinn:partyid']);
  if (userId === null || partyId === null) {
    throw new AuthError('missing-claims', 'The token names neither a user with a party nor an organisation');
  }
  const userName = payload['urn:altinn:username'];
  return {
    kind: 'user',
    userId,
    userName: typeof userName === 'string' ? userName : null,
    partyId,
    authLevel,
    scopes: scopesOf(payload),
  };
}

/**
 * Checks a token's signature and lifetime (no clock skew, as the app) and reads who it is for.
 * Anything wrong is an `AuthError` (401); an unsigned or differently signed token never passes.
 */
export async function verifyToken(jwt: string, key: TokenKey, now: Date = new Date()): Promise<Principal> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(jwt, key, { algorithms: [ALGORITHM], currentDate: now, clockTolerance: 0 }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new AuthError('expired', 'The token has expired');
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      throw new AuthError('bad-signature', 'The token is not signed by this preview server');
    }
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      throw new AuthError('expired', `The token is not valid now: ${error.message}`);
    }
    throw new AuthError(
      'malformed-token',
      `The token cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return principalOf(payload);
}
