import { decodeJwt, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  AuthError,
  authenticateRequest,
  createTokenKey,
  defaultTestUsers,
  issueOrgToken,
  issueTestToken,
  parseCookies,
  tokenKeyFromText,
  tokenKeyToText,
  UnknownTestUserError,
  verifyToken,
} from '../../../src/preview/auth/index.ts';

const users = defaultTestUsers();
const key = createTokenKey();
const issued = new Date('2026-03-01T10:00:00Z');
const minutes = (count: number) => new Date(issued.getTime() + count * 60_000);

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return error as AuthError;
  }
  throw new Error('expected the promise to reject');
}

describe('test user tokens', () => {
  it('carry the claims of localtest GetTestUserToken and verify back to the same principal', async () => {
    const token = await issueTestToken(users, { userId: 1337, authenticationLevel: 3, now: issued }, key);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      nameid: '1337',
      'urn:altinn:userid': '1337',
      'urn:altinn:username': 'SophieDDG',
      'urn:altinn:partyid': 501337,
      'urn:altinn:authlevel': 3,
    });
    expect(claims.exp! - claims.iat!).toBe(960 * 60);
    await expect(verifyToken(token, key, minutes(1))).resolves.toEqual({
      kind: 'user',
      userId: 1337,
      userName: 'SophieDDG',
      partyId: 501337,
      authLevel: 3,
      scopes: ['altinn:portal/enduser'],
    });
  });

  it('default to authentication level 2 and may name another party the user acts for', async () => {
    const token = await issueTestToken(users, { userId: 1337, partyId: 500000, now: issued }, key);
    await expect(verifyToken(token, key, minutes(1))).resolves.toMatchObject({ partyId: 500000, authLevel: 2 });
    await expect(issueTestToken(users, { userId: 1001, partyId: 501337 }, key)).rejects.toThrow(
      /cannot act for party 501337/,
    );
  });

  it('are refused for an unknown user, with the valid ids', async () => {
    const error = await issueTestToken(users, { userId: 4242 }, key).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownTestUserError);
    expect((error as UnknownTestUserError).validUserIds).toEqual([1337, 1001, 1002, 1003, 1004, 12345, 2001, 2002]);
    expect((error as Error).message).toContain('1337');
  });
});

describe('verifyToken fails closed', () => {
  it('refuses a token after 960 minutes, with no clock skew', async () => {
    const token = await issueTestToken(users, { userId: 1337, now: issued }, key);
    await expect(verifyToken(token, key, minutes(959))).resolves.toMatchObject({ userId: 1337 });
    expect((await rejection(verifyToken(token, key, minutes(960)))).code).toBe('expired');
  });

  it('refuses a token whose payload was changed', async () => {
    const token = await issueTestToken(users, { userId: 1001, now: issued }, key);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(
      JSON.stringify({ ...claims, 'urn:altinn:userid': '1337', 'urn:altinn:partyid': 501337 }),
    ).toString('base64url');
    const error = await rejection(verifyToken(`${header}.${forged}.${signature}`, key, minutes(1)));
    expect(error.code).toBe('bad-signature');
    expect(error.status).toBe(401);
  });

  it('refuses a token signed with another key, an unsigned token and garbage', async () => {
    const otherKey = createTokenKey();
    const foreign = await issueTestToken(users, { userId: 1337, now: issued }, otherKey);
    expect((await rejection(verifyToken(foreign, key, minutes(1)))).code).toBe('bad-signature');

    const unsigned = new UnsecuredJWT({
      'urn:altinn:userid': '1337',
      'urn:altinn:partyid': 501337,
      'urn:altinn:authlevel': 3,
    })
      .setExpirationTime('1h')
      .encode();
    expect((await rejection(verifyToken(unsigned, key))).status).toBe(401);
    expect((await rejection(verifyToken('not.a.token', key))).code).toBe('malformed-token');
  });

  it('refuses a validly signed token that names nobody', async () => {
    const token = await new SignJWT({ 'urn:altinn:authlevel': 2 })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(key);
    expect((await rejection(verifyToken(token, key))).code).toBe('missing-claims');
  });
});

describe('service owner tokens', () => {
  it('verify to an org principal at level 3', async () => {
    const token = await issueOrgToken({ org: 'ttd', orgNumber: '405003309', now: issued }, key);
    await expect(verifyToken(token, key, minutes(1))).resolves.toEqual({
      kind: 'org',
      org: 'ttd',
      orgNumber: '405003309',
      authLevel: 3,
      scopes: ['altinn:serviceowner/instances.read', 'altinn:serviceowner/instances.write'],
    });
  });
});

describe('token keys', () => {
  it('survive being written as text, and a damaged key file is refused', () => {
    expect(tokenKeyFromText(tokenKeyToText(key) + '\n')).toEqual(key);
    expect(() => tokenKeyFromText('abc')).toThrow(/hexadecimal/);
  });
});

describe('authenticateRequest', () => {
  const cookieUser = () => issueTestToken(users, { userId: 1337, now: issued }, key);
  const bearerUser = () => issueTestToken(users, { userId: 1001, now: issued }, key);

  it('reads a bearer token, and needs no XSRF header for it', async () => {
    const result = await authenticateRequest(
      { authorization: `Bearer ${await bearerUser()}`, cookies: {}, method: 'PUT' },
      key,
      minutes(1),
    );
    expect(result).toMatchObject({ via: 'bearer', principal: { userId: 1001 } });
  });

  it('prefers the AltinnStudioRuntime cookie over a bearer token', async () => {
    const result = await authenticateRequest(
      {
        authorization: `Bearer ${await bearerUser()}`,
        cookies: { AltinnStudioRuntime: await cookieUser() },
        method: 'GET',
      },
      key,
      minutes(1),
    );
    expect(result).toMatchObject({ via: 'cookie', principal: { userId: 1337 } });
  });

  it('refuses a cookie-authenticated PUT without a matching X-XSRF-TOKEN with 400', async () => {
    const cookies = { AltinnStudioRuntime: await cookieUser(), 'XSRF-TOKEN': 'abc123' };
    const missing = await rejection(authenticateRequest({ cookies, method: 'PUT' }, key, minutes(1)));
    expect(missing.status).toBe(400);
    const wrong = await rejection(
      authenticateRequest({ cookies, method: 'PUT', xsrfHeader: 'abc124' }, key, minutes(1)),
    );
    expect(wrong.code).toBe('xsrf-mismatch');
    const noCookie = await rejection(
      authenticateRequest(
        { cookies: { AltinnStudioRuntime: cookies.AltinnStudioRuntime }, method: 'POST', xsrfHeader: '' },
        key,
        minutes(1),
      ),
    );
    expect(noCookie.status).toBe(400);
    await expect(
      authenticateRequest({ cookies, method: 'PUT', xsrfHeader: 'abc123' }, key, minutes(1)),
    ).resolves.toMatchObject({
      principal: { userId: 1337 },
    });
    await expect(authenticateRequest({ cookies, method: 'GET' }, key, minutes(1))).resolves.toMatchObject({
      via: 'cookie',
    });
  });

  it('answers 401 without credentials or with a bad token, before looking at XSRF', async () => {
    expect((await rejection(authenticateRequest({ cookies: {}, method: 'GET' }, key))).status).toBe(401);
    const bad = await rejection(authenticateRequest({ cookies: { AltinnStudioRuntime: 'x.y.z' }, method: 'PUT' }, key));
    expect(bad.status).toBe(401);
  });

  it('reports the party selected by the AltinnPartyId cookie', async () => {
    const result = await authenticateRequest(
      { authorization: `Bearer ${await cookieUser()}`, cookies: { AltinnPartyId: '500000' }, method: 'GET' },
      key,
      minutes(1),
    );
    expect(result.selectedPartyId).toBe(500000);
  });
});

describe('parseCookies', () => {
  it('splits a Cookie header, decodes values and keeps the first of two same-named cookies', () => {
    expect(parseCookies('a=1; XSRF-TOKEN=x%2By; a=2; quoted="v"; broken; =nameless; pct=%E0')).toEqual({
      a: '1',
      'XSRF-TOKEN': 'x+y',
      quoted: 'v',
      pct: '%E0',
    });
    expect(parseCookies(undefined)).toEqual({});
    const hostile = parseCookies('__proto__=x; constructor=y');
    expect(Object.keys(hostile)).toEqual(['__proto__', 'constructor']);
    expect(hostile['AltinnStudioRuntime']).toBeUndefined();
  });
});
