import { describe, expect, it } from 'vitest';
import { PartyType } from '../../src/client/index.ts';
import { fakeFetch, jsonResponse, textResponse } from './fakeFetch.ts';
import { APP, clientOver } from './support.ts';

const person = { partyId: 501337, partyTypeName: PartyType.Person, ssn: '01017512345', name: 'Ola Nordmann' };

describe('parties and user', () => {
  it('lists the parties the user may instantiate for', async () => {
    const server = fakeFetch(() => jsonResponse([person]));
    const client = clientOver(server);
    await expect(client.getParties({ allowedToInstantiateFilter: true })).resolves.toEqual([person]);
    await client.getParties();
    expect(server.requests.map((request) => request.url)).toEqual([
      `${APP}/api/v1/parties?allowedToInstantiateFilter=true`,
      `${APP}/api/v1/parties`,
    ]);
  });

  it('asks for the current party as an object', async () => {
    const server = fakeFetch(() => jsonResponse(person));
    await expect(clientOver(server).getCurrentParty()).resolves.toEqual(person);
    expect(server.last.url).toBe(`${APP}/api/authorization/parties/current?returnPartyObject=true`);
  });

  it('selects a party with PUT and accepts the plain-text answer', async () => {
    const server = fakeFetch(() => textResponse('Party successfully updated'));
    await expect(clientOver(server).setSelectedParty(512345)).resolves.toBeUndefined();
    expect(server.last.method).toBe('PUT');
    expect(server.last.url).toBe(`${APP}/api/v1/parties/512345`);
  });

  it('rejects a party the user cannot represent with the 400 text as the reason', async () => {
    const server = fakeFetch(() => textResponse('User 1337 cannot represent party 9', { status: 400 }));
    await expect(clientOver(server).setSelectedParty(9)).rejects.toThrow(/cannot represent party 9/);
  });

  it('reads the user profile', async () => {
    const profile = { userId: 1337, partyId: 501337, party: person, profileSettingPreference: { language: 'nn' } };
    const server = fakeFetch(() => jsonResponse(profile));
    await expect(clientOver(server).getUserProfile()).resolves.toEqual(profile);
    expect(server.last.url).toBe(`${APP}/api/v1/profile/user`);
  });

  it('keeps the login alive with GET api/Authentication/keepAlive', async () => {
    const server = fakeFetch(() => new Response(null, { status: 200 }));
    await expect(clientOver(server).keepAlive()).resolves.toBeUndefined();
    expect(server.last.method).toBe('GET');
    expect(server.last.url).toBe(`${APP}/api/Authentication/keepAlive`);
  });
});
