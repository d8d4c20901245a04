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

/** Tabs to a field and types into it, as a keyboard user does. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Tabs to a control and presses a key on it (Enter on a button, Space on a checkbox…). */
export async function pressOn(page: Page, target: Locator, key: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
