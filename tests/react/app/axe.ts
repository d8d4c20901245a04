import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe on what a page rendered; colour contrast is left to the Storybook browser run. */
export async function expectAccessible(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);
}
