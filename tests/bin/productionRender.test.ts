import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.ts';

// The bin renders with React's production build, which has no act(): the renderer then waits for
// effects itself. This proves it still waits long enough to see what they set off.
describe('the render check with React’s production build', () => {
  it('reports a component that fails after its effect ran', { timeout: 120_000 }, () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/bin/fixtures/productionRender.tsx', 'examples/event-permit'],
      { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
    );
    const { code, report } = JSON.parse(output) as { code: number; report: { diagnostics: Diagnostic[] } };
    const crashes = report.diagnostics.filter((diagnostic) => diagnostic.code === 'render-crash');
    expect(crashes.length).toBeGreaterThan(0);
    expect(crashes[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('failed after an effect') });
    expect(code).toBe(1);
  });
});
