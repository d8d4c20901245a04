import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import { afterAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { headingsForm, LONG_TITLE, UNBREAKABLE } from '../../stories/support/headingsForm.ts';

/**
 * The headings of a form read as an outline, to the eye as to a screen reader: one h1 (the form
 * title), no level skipped on the way down, each level smaller than the one above it, and long
 * headings broken between words on a phone.
 */

function headings(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.skjema-form :is(h1, h2, h3, h4, h5, h6)')];
}

const levelOf = (heading: HTMLElement) => Number(heading.tagName.slice(1));
const fontSize = (heading: HTMLElement) => parseFloat(getComputedStyle(heading).fontSize);

/** The lines each word of the heading lies on; a word split over two lines has two. */
function linesPerWord(heading: HTMLElement): { word: string; lines: number }[] {
  const result: { word: string; lines: number }[] = [];
  const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      result.push({ word: match[0], lines: tops.size });
    }
  }
  return result;
}

afterAll(() => page.viewport(1280, 800));

describe('heading hierarchy', () => {
  for (const width of [375, 1280]) {
    it(`reads as an outline at ${width} px: one h1, no skipped level, each level smaller, long titles broken between words`, async () => {
      await page.viewport(width, 1600);
      const screen = await render(
        <SkjemaForm layoutSet={headingsForm()} initialData={{ guests: [{ name: 'Kari' }] }} />,
      );
      await expect.element(screen.getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();

      const all = headings();
      expect(all.filter((heading) => levelOf(heading) === 1)).toHaveLength(1);
      const skips = all.flatMap((heading, index) =>
        index > 0 && levelOf(heading) > levelOf(all[index - 1]) + 1
          ? [`${all[index - 1].tagName} "${all[index - 1].textContent}" → ${heading.tagName} "${heading.textContent}"`]
          : [],
      );
      expect(skips).toEqual([]);
      // Each level holds every level-n heading of the form (a Header, a group, a repeating group alike).
      const sizes = [1, 2, 3, 4].map((level) => all.filter((heading) => levelOf(heading) === level).map(fontSize));
      expect(sizes.map((atLevel) => atLevel.length)).toEqual([1, 4, 3, 2]);
      for (let level = 1; level < sizes.length; level++) {
        expect(Math.min(...sizes[level - 1]), `h${level} against h${level + 1}`).toBeGreaterThan(
          Math.max(...sizes[level]),
        );
      }

      const split = all
        .filter((heading) => heading.textContent !== UNBREAKABLE)
        .flatMap((heading) => linesPerWord(heading).filter(({ lines }) => lines > 1));
      expect(split).toEqual([]);
      if (width === 375) {
        const title = all.find((heading) => levelOf(heading) === 1)!;
        expect(title.getClientRects().length === 1 && title.offsetHeight > fontSize(title) * 2).toBe(true);
      }
      // A string no line can hold is broken rather than pushing the page sideways.
      const unbreakable = all.find((heading) => heading.textContent === UNBREAKABLE)!;
      expect(unbreakable.scrollWidth).toBeLessThanOrEqual(unbreakable.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `../../test-results/headings/outline-${width}.png` });
    });
  }
});
