import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewHarness } from './support/previewHarness.ts';

describe('preview server: bad and hostile input', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.close());

  it('answers each with a clear status and keeps serving', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    const cases: [string, string, Parameters<PreviewHarness['request']>[2], number][] = [
      ['GET', 'instances/not-a-party/00000000-0000-0000-0000-000000000000', {}, 400],
      ['GET', 'instances/501337/no-such-guid', {}, 404],
      ['GET', 'instances/501337/%E0%A4%A', {}, 404],
      ['GET', 'api/v1/profile/user', { token: 'garbage' }, 401],
      ['GET', 'api/v1/profile/user', { token: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } }, 401],
      ['PATCH', `instances/${instance.id}/data`, { body: { patches: 'nope' } }, 400],
      ['PATCH', `instances/${instance.id}/data`, { body: { patches: [{ patch: [] }] } }, 400],
      ['PATCH', `instances/${instance.id}/data/${element.id}`, { body: { patch: { op: 'add' } } }, 422],
      [
        'PATCH',
        `instances/${instance.id}/data/${element.id}`,
        { body: { patch: [{ op: 'replace', path: '', value: [1, 2] }] } },
        422,
      ],
      [
        'PATCH',
        `instances/${instance.id}/data/${element.id}`,
        { body: { patch: [{ op: 'explode', path: '/a' }] } },
        422,
      ],
      ['POST', 'instances/create', { raw: 'null', headers: { 'content-type': 'application/json' } }, 400],
      ['POST', `instances/${instance.id}/actions`, { body: {} }, 400],
      [
        'PUT',
        `instances/${instance.id}/process/next`,
        { raw: '{"action":', headers: { 'content-type': 'application/json' } },
        400,
      ],
      ['GET', 'api/v1/texts/../../etc', { token: null }, 404],
    ];
    for (const [method, path, options, status] of cases) {
      const response = await harness.request(method, path, options);
      expect(response.status, `${method} ${path}`).toBe(status);
    }
    // Nothing above changed the form data, and the server still answers.
    const data = await harness.request('GET', `instances/${instance.id}/data/${element.id}`);
    expect(data.body).toEqual({});
    expect((await harness.request('GET', 'api/v1/applicationmetadata', { token: null })).status).toBe(200);
  });
});
