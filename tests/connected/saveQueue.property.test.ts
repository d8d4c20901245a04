import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppApiError } from '../../src/client/index.ts';
import { memoryPendingEditsStore } from '../../src/connected/index.ts';
import { SaveQueue } from '../../src/connected/save/saveQueue.ts';
import { fakeForm, manualClock, scriptedServer, settle } from './support.ts';

const KEYS = ['a', 'b', 'c', 'd'] as const;

type Step =
  | { kind: 'type'; key: (typeof KEYS)[number]; value: string }
  | { kind: 'otherWriter'; key: (typeof KEYS)[number]; value: string }
  | { kind: 'networkDown'; times: number }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      key: fc.constantFrom(...KEYS),
      value: fc.string({ maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('otherWriter' as const),
      key: fc.constantFrom(...KEYS),
      // Never what the user types (see the typing step).
      value: fc.string({ maxLength: 3 }).map((text) => `other:${text}`),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('networkDown' as const), times: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(0, 500, 1000, 4000) }) },
);

describe('SaveQueue property: no edit is lost', () => {
  it('after any mix of typing, another writer, lost connections and waiting, the server ends with the user’s latest values and the other writer’s untouched ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const server = scriptedServer({ el: {} });
        const clock = manualClock();
        const form = fakeForm({ model: {} });
        const queue = new SaveQueue({
          instanceId: '1/x',
          client: server,
          language: () => 'nb',
          store: memoryPendingEditsStore(),
          clock,
          maxRebases: 3,
          port: () => form,
          onStatus: () => undefined,
          onSaved: () => undefined,
          onFailed: () => undefined,
        });
        queue.track({ dataType: 'model', dataElementId: 'el', lastSaved: {}, desired: {}, locked: false });
        /** Who changed each key last, and to what. */
        const last = new Map<string, { by: 'user' | 'other'; value: string }>();

        for (const [index, current] of steps.entries()) {
          if (current.kind === 'type') {
            // Every value typed is new: the oracle tells a saved edit from an unsaved one by its value,
            // so neither a value the other writer wrote (seed -707505965) nor typing back to the value
            // last saved (seed -2046177074: a net change of nothing, which the merge rightly lets the
            // other writer win) may be mistaken for the user's latest edit.
            const value = `${current.value}#${index}`;
            form.edit('model', (model) => (model[current.key] = value));
            last.set(current.key, { by: 'user', value });
            void queue.save([{ dataType: 'model', data: form.read('model') }]).catch(() => undefined);
          } else if (current.kind === 'otherWriter') {
            const before = server.models.get('el')!;
            server.models.set('el', { ...before, [current.key]: current.value });
            // A user edit not yet on the server still wins over it; one already saved does not.
            const unsaved =
              last.get(current.key)?.by === 'user' && form.read('model')[current.key] !== before[current.key];
            if (!unsaved) last.set(current.key, { by: 'other', value: current.value });
          } else if (current.kind === 'networkDown') {
            for (let i = 0; i < current.times; i++) {
              server.failNext.push(() => {
                throw new AppApiError({ status: 0, method: 'PATCH', url: '/data', message: 'fetch failed' });
              });
            }
          } else {
            clock.advance(current.ms);
          }
          await settle(3);
        }

        // The connection comes back and the user stops: everything settles.
        for (let round = 0; round < 20 && queue.hasUnsavedChanges(); round++) {
          clock.advance(30_000);
          await settle();
          await queue.save([{ dataType: 'model', data: form.read('model') }]).catch(() => undefined);
        }
        expect(queue.hasUnsavedChanges()).toBe(false);
        const stored = server.models.get('el')!;
        for (const [key, { by, value }] of last) {
          if (by !== 'user') continue;
          expect(stored[key]).toBe(value);
          expect(form.read('model')[key]).toBe(value);
        }
        // What the other writer changed and the user did not touch since is still there.
        for (const [key, { by, value }] of last) if (by === 'other') expect(stored[key]).toBe(value);
      }),
      { numRuns: 150 },
    );
  });
});
