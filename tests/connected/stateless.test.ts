import { describe, expect, it } from 'vitest';
import { createConnectedApp, type ConnectedClient } from '../../src/connected/index.ts';

describe('stateless data', () => {
  it('asks for a prefilled model and recalculates it, for the party, in the current language', async () => {
    const calls: unknown[] = [];
    let language = 'nb';
    const client = {
      getStatelessData: async (dataType: string, options: unknown) => {
        calls.push(['get', dataType, options]);
        return { name: 'prefilled' };
      },
      postStatelessData: async (dataType: string, data: Record<string, unknown>, options: unknown) => {
        calls.push(['post', dataType, options]);
        return { ...data, total: 2 };
      },
    } as unknown as ConnectedClient;
    const app = createConnectedApp({ client, language: () => language });

    expect(await app.getStatelessData('lookup', { party: 501337, prefill: { name: 'x' } })).toEqual({
      name: 'prefilled',
    });
    language = 'en';
    expect(await app.recalculateStateless('lookup', { name: 'a' }, { anonymous: true })).toEqual({
      name: 'a',
      total: 2,
    });
    expect(calls).toEqual([
      ['get', 'lookup', { language: 'nb', party: 501337, anonymous: undefined, prefill: { name: 'x' } }],
      ['post', 'lookup', { language: 'en', party: undefined, anonymous: true }],
    ]);
  });
});
