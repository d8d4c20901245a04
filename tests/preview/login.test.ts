import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Party } from '../../src/wire/party.ts';
import { FIXTURE_APP, PreviewHarness } from './support/previewHarness.ts';

/** The `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(headers: Headers): Record<string, string> {
  return Object.fromEntries(
    headers.getSetCookie().map((cookie) => {
      const pair = cookie.split(';')[0]!;
      const index = pair.indexOf('=');
      return [pair.slice(0, index), decodeURIComponent(pair.slice(index + 1))];
    }),
  );
}

describe('preview server: test users, tokens and cookies', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.closeKeepingContract());

  it('issues a test token as text (query and path forms), and 404 for an unknown user', async () => {
    const query = await harness.request('GET', '/Home/GetTestUserToken?userId=1337&authenticationLevel=2', {
      token: null,
    });
    expect(query.status).toBe(200);
    expect(query.text.split('.')).toHaveLength(3);
    const path = await harness.request('GET', '/Home/GetTestUserToken/12345', { token: null });
    expect(path.status).toBe(200);
    expect((await harness.request('GET', '/Home/GetTestUserToken?userId=999', { token: null })).status).toBe(404);
  });

  it('refuses instance routes without credentials (401) and with a forged token (401)', async () => {
    const anonymous = await harness.request('POST', 'instances?instanceOwnerPartyId=501337', { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ status: 401 });
    const [header, , signature] = harness.token.split('.');
    const payload = Buffer.from(
      JSON.stringify({ 'urn:altinn:userid': '1337', 'urn:altinn:partyid': 501337, 'urn:altinn:authlevel': 3 }),
    ).toString('base64url');
    const forged = await harness.request('GET', 'api/v1/profile/user', { token: `${header}.${payload}.${signature}` });
    expect(forged.status).toBe(401);
  });

  it('lists the parties of the user, filtered by partyTypesAllowed, and reads the profile', async () => {
    const parties = await harness.request<Party[]>('GET', 'api/v1/parties?allowedtoinstantiatefilter=true');
    expect(parties.status).toBe(200);
    expect(parties.body[0]).toMatchObject({ partyId: 501337, partyTypeName: 1, name: 'Sophie Salt' });
    expect(parties.body.length).toBeGreaterThan(1);
    const profile = await harness.request('GET', 'api/v1/profile/user');
    expect(profile.body).toMatchObject({ userId: 1337, partyId: 501337 });
  });

  it('selects a party the user may represent with PUT and the AltinnPartyId cookie, and refuses others', async () => {
    const chosen = await harness.request('PUT', 'api/v1/parties/500000');
    expect(chosen.status).toBe(200);
    expect(chosen.text).toBe('Party successfully updated');
    expect(cookiesOf(chosen.headers).AltinnPartyId).toBe('500000');
    const current = await harness.request<Party>('GET', 'api/authorization/parties/current?returnPartyObject=true', {
      headers: { cookie: 'AltinnPartyId=500000' },
    });
    expect(current.body.partyId).toBe(500000);
    // A party the user cannot represent falls back to their own, and the cookie is reset.
    const fallback = await harness.request<Party>('GET', 'api/authorization/parties/current?returnPartyObject=true', {
      headers: { cookie: 'AltinnPartyId=512345' },
    });
    expect(fallback.body.partyId).toBe(501337);
    expect(cookiesOf(fallback.headers).AltinnPartyId).toBe('501337');
    expect((await harness.request('PUT', 'api/v1/parties/512345')).status).toBe(400);
  });

  it('refuses to create an instance for a party the user cannot represent (403)', async () => {
    const response = await harness.request('POST', 'instances?instanceOwnerPartyId=512345');
    expect(response.status).toBe(403);
  });

  it('authenticates by the AltinnStudioRuntime cookie; changes need X-XSRF-TOKEN equal to the XSRF-TOKEN cookie', async () => {
    const login = await harness.request(
      'GET',
      '/Home/LogInTestUser?userId=1337&authenticationLevel=2&goto=/skjema/preview-fixture/',
      { token: null },
    );
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toBe('/skjema/preview-fixture/');
    const cookies = cookiesOf(login.headers);
    expect(cookies.AltinnStudioRuntime).toBeTruthy();
    expect(cookies['XSRF-TOKEN']).toBeTruthy();
    const cookie = `AltinnStudioRuntime=${cookies.AltinnStudioRuntime}; XSRF-TOKEN=${cookies['XSRF-TOKEN']}`;

    expect((await harness.request('GET', 'api/v1/profile/user', { token: null, headers: { cookie } })).status).toBe(
      200,
    );
    const withoutHeader = await harness.request('POST', 'instances?instanceOwnerPartyId=501337', {
      token: null,
      headers: { cookie },
    });
    expect(withoutHeader.status).toBe(400);
    const wrongHeader = await harness.request('POST', 'instances?instanceOwnerPartyId=501337', {
      token: null,
      headers: { cookie, 'x-xsrf-token': 'guessed' },
    });
    expect(wrongHeader.status).toBe(400);
    const withHeader = await harness.request('POST', 'instances?instanceOwnerPartyId=501337', {
      token: null,
      headers: { cookie, 'x-xsrf-token': cookies['XSRF-TOKEN']! },
    });
    expect(withHeader.status).toBe(201);
  });

  it('sets a fresh XSRF-TOKEN cookie on GET /{org}/{app}/ and never redirects the login off-site', async () => {
    const home = await harness.request('GET', '', { token: null });
    expect(home.status).toBe(200);
    expect(cookiesOf(home.headers)['XSRF-TOKEN']).toMatch(/^[\w-]{20,}$/);
    const offSite = await harness.request('GET', '/Home/LogInTestUser?userId=1337&goto=//evil.example/', {
      token: null,
    });
    expect(offSite.headers.get('location')).toBe('/');
  });
});

describe('preview server: test users from a file', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const appWithTestData = (testData: string) => {
    const appDir = mkdtempSync(join(tmpdir(), 'skjema-preview-users-'));
    folders.push(appDir);
    cpSync(FIXTURE_APP, appDir, { recursive: true });
    writeFileSync(join(appDir, 'App/testData.json'), testData);
    return appDir;
  };

  it('signs in the people of the app’s App/testData.json instead of the built-in ones', async () => {
    const appDir = appWithTestData(
      JSON.stringify({
        persons: [
          {
            userId: 3001,
            userName: 'Kari',
            partyId: 53001,
            ssn: '01017012345',
            firstName: 'Kari',
            lastName: 'Testesen',
          },
        ],
        orgs: [],
      }),
    );
    const harness = await PreviewHarness.start({ appDir });
    try {
      expect(harness.server.usersSource).toBe(join(appDir, 'App/testData.json'));
      const kari = await harness.tokenFor(3001);
      const instance = await harness.request<{ id: string }>('POST', 'instances?instanceOwnerPartyId=53001', {
        token: kari,
      });
      expect(instance.status).toBe(201);
      expect((await harness.request('GET', '/Home/GetTestUserToken?userId=1337', { token: null })).status).toBe(404);
    } finally {
      await harness.close();
    }
  });

  it('reports a broken test users file with its place and starts with the built-in users', async () => {
    const appDir = appWithTestData(JSON.stringify({ persons: [{ userId: 'x' }], orgs: [] }));
    const log: string[] = [];
    const harness = await PreviewHarness.start({ appDir, log: (line) => log.push(line) });
    try {
      expect(log.join('\n')).toMatch(/testData\.json at persons\[0\]\.userId: .*using the built-in test users/);
      expect(harness.server.usersSource).toBe('built-in (localtest)');
    } finally {
      await harness.close();
    }
  });
});
