import { describe, expect, it } from 'vitest';
import type { AppApiError, UserActionResponse } from '../../src/client/index.ts';
import { fakeFetch, INSTANCE_ID, jsonResponse } from './fakeFetch.ts';
import { APP, clientOver } from './support.ts';

const instance = { id: INSTANCE_ID, appId: 'ttd/a', org: 'ttd', instanceOwner: { partyId: '501337' }, data: [] };

describe('user actions', () => {
  it('posts the action with only the fields given', async () => {
    const answer: UserActionResponse = { instance, clientActions: [{ id: 'nextPage' }] };
    const server = fakeFetch(() => jsonResponse(answer));
    const client = clientOver(server);
    await expect(client.performAction(INSTANCE_ID, { action: 'lookup' })).resolves.toEqual(answer);
    await client.performAction(
      INSTANCE_ID,
      {
        action: 'sign',
        buttonId: 'signButton',
        metadata: { reason: 'ok' },
        ignoredValidators: [],
        onBehalfOf: '910000',
      },
      { language: 'en' },
    );
    const [plain, full] = server.requests;
    expect(plain.method).toBe('POST');
    expect(plain.url).toBe(`${APP}/instances/${INSTANCE_ID}/actions?language=nb`);
    expect(JSON.parse(plain.body ?? '')).toEqual({ action: 'lookup' });
    expect(full.url).toBe(`${APP}/instances/${INSTANCE_ID}/actions?language=en`);
    expect(JSON.parse(full.body ?? '')).toEqual({
      action: 'sign',
      buttonId: 'signButton',
      metadata: { reason: 'ok' },
      ignoredValidators: [],
      onBehalfOf: '910000',
    });
  });

  it('rejects a refused action with its UserActionResponse at hand', async () => {
    const body = { instance, error: { code: 'ActionNotFound', message: 'No handler for lookup' } };
    const server = fakeFetch(() => jsonResponse(body, { status: 404 }));
    const failure = (await clientOver(server)
      .performAction(INSTANCE_ID, { action: 'lookup' })
      .catch((error: unknown) => error)) as AppApiError;
    expect(failure.status).toBe(404);
    expect(failure.actionResponse?.error?.code).toBe('ActionNotFound');
  });
});
