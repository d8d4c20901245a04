import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

// Issue 14: a portal that opens and closes many forms must not keep the closed ones on the heap.
it('frees a disposed validator and its engine while the schema interpreter is still loading', () => {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'tests/core/validation/fixtures/disposedValidatorHeap.ts'],
    { encoding: 'utf8', timeout: 60_000 },
  );
  const survivors = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
  expect(survivors).toEqual({ forms: 3, validators: 0, engines: 0 });
}, 90_000);
