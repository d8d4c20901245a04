import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.mjs';
import type { BenchCase } from './description.ts';
import type { Library } from './generate.ts';
import type { ActionTiming, KeyRecord } from './pages/harness.ts';

export interface PageRun {
  mountMs: number;
  heapMb: number;
  openRowMs?: number;
  addRow: ActionTiming[];
  deleteRow: ActionTiming[];
  keys: KeyRecord[];
  typed: number;
  lostKeys: number;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

const TEXT = 'abcdefghijklmnopqrstuvwxyz';
/** Rows added and deleted per page (in turns, after the keystrokes). */
const ROW_ACTIONS = 3;

/**
 * One fresh page: mount, heap after a forced GC, then keystrokes into a field or a cell of the
 * middle row, then (in a group) rows added and deleted with the library's own buttons.
 */
export async function runPage(
  browser: Browser,
  url: string,
  library: Library,
  benchCase: BenchCase,
  keyCount: number,
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${url}/${library}/${benchCase.id}`);
    await page
      .waitForFunction(() => window.__bench?.mountMs !== undefined || window.__bench?.error !== undefined, null, {
        timeout: 120_000,
        polling: 100,
      })
      .catch(() => undefined);
    const mountMs = await page.evaluate(() => window.__bench?.mountMs);
    if (mountMs === undefined)
      throw new Error(`${library} ${benchCase.id} did not mount: ${errors.join('; ') || 'timeout'}`);
    const heapMb = await heapAfterGc(page);

    const kind: 'field' | 'cell' = benchCase.rows > 0 ? 'cell' : 'field';
    const openRowMs = benchCase.rows > 0 ? await page.evaluate(() => window.__bench.openRow?.()) : undefined;
    const target = await page.evaluateHandle((which) => window.__bench.target(which), kind);
    const element = target.asElement();
    if (!element) throw new Error(`${library} ${benchCase.id}: no ${kind} to type into`);
    await element.scrollIntoViewIfNeeded();
    await element.focus();
    const before = await element.evaluate((input) => (input as HTMLInputElement).value);
    await page.evaluate(() => (window.__bench.keys.length = 0));
    const typed = Array.from({ length: keyCount }, (_, index) => TEXT[index % TEXT.length]).join('');
    await page.keyboard.type(typed);
    await page.waitForFunction(
      (count) => window.__bench.keys.filter((key) => key.frame !== undefined).length >= count,
      keyCount,
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(300);
    const after = await element.evaluate((input) => (input as HTMLInputElement).value);
    const keys = await page.evaluate(() => window.__bench.keys);
    const addRow: ActionTiming[] = [];
    const deleteRow: ActionTiming[] = [];
    for (let round = 0; benchCase.rows > 0 && round < ROW_ACTIONS; round++) {
      addRow.push(await page.evaluate(() => window.__bench.addRow!()));
      await page.waitForTimeout(100);
      deleteRow.push(await page.evaluate(() => window.__bench.deleteRow!()));
      await page.waitForTimeout(100);
    }
    return {
      mountMs,
      heapMb,
      openRowMs,
      addRow,
      deleteRow,
      keys,
      typed: keyCount,
      lostKeys: lostKeys(before + typed, after),
    };
  } finally {
    await context.close();
  }
}

/** Characters of what was typed that the field does not hold at the end. */
function lostKeys(expected: string, actual: string): number {
  if (actual === expected) return 0;
  return Math.max(1, expected.length - actual.length);
}

async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}
