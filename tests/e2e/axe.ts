import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { WCAG_TAGS } from '../support/wcag.ts';

/** Runs axe on the whole page with the WCAG 2.2 AA tag set and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
