import { main } from '../../src/cli/main.ts';

/** Runs the `skjema` command line in-process, as a user would type `skjema <args>`, and collects what it printed. */
export async function runMain(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
