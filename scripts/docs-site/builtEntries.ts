import { toId } from 'storybook/internal/csf';
import { DOC_PAGES } from '../../stories/docs/docPages.ts';

/** The part of Storybook's `index.json` the check reads. */
export interface StorybookIndex {
  entries: Record<string, { id: string; type: 'docs' | 'story'; title: string }>;
}

/**
 * What the built docs site lacks: a docs entry for every page of DOC_PAGES, and every story that a
 * page links to (`?path=/story/<id>`, as the layout reference does). Empty when all is there.
 */
export function missingFromBuild(index: StorybookIndex, pages: Readonly<Record<string, string>>): string[] {
  const ids = new Set(Object.values(index.entries).map((entry) => entry.id));
  const missing: string[] = [];
  for (const [file, title] of Object.entries(DOC_PAGES)) {
    if (!ids.has(toId(title, 'docs'))) missing.push(`docs page "${title}" (${file})`);
    for (const [, story] of (pages[file] ?? '').matchAll(/\?path=\/story\/([\w-]+--[\w-]+)/g)) {
      if (!ids.has(story)) missing.push(`story ${story}, linked from ${file}`);
    }
  }
  return missing;
}
