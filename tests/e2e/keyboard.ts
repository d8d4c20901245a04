import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves focus with Tab (forwards) until `target` has it, the way a keyboard user reaches a
 * control; fails when it is not reachable within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with ${limit} presses of Tab`).toBeFocused();
}
