import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingFromBuild } from '../../scripts/docs-site/builtEntries.ts';
import { DOC_PAGES, siteHref } from '../../stories/docs/docPages.ts';
import { REPO_ROOT } from '../support/altinnSchemas.ts';
import { documentationFiles } from './snippets/markdownBlocks.ts';

const mdxFiles = readdirSync(resolve(REPO_ROOT, 'stories/docs')).filter((name) => name.endsWith('.mdx'));
const mdxPages = mdxFiles.map((name) => {
  const source = readFileSync(resolve(REPO_ROOT, 'stories/docs', name), 'utf8');
  return {
    name,
    title: /<Meta title="([^"]+)"/.exec(source)?.[1],
    file: /<DocPage file="([^"]+)"/.exec(source)?.[1],
    raw: /from '\.\.\/\.\.\/([^']+)\?raw'/.exec(source)?.[1],
  };
});

describe('the docs site in Storybook (stories/docs)', () => {
  it('has a page for README.md and every Markdown file of docs/', () => {
    expect(documentationFiles(REPO_ROOT).filter((file) => !(file in DOC_PAGES))).toEqual([]);
  });

  it('renders each page of the table from its own .mdx, under the title the table gives it', () => {
    expect(mdxPages.map(({ title, file, raw }) => [file, title, raw]).sort()).toEqual(
      Object.entries(DOC_PAGES)
        .map(([file, title]) => [file, title, file])
        .sort(),
    );
  });

  it('turns every link between the pages into a link to a page of the site', () => {
    const broken: string[] = [];
    for (const file of Object.keys(DOC_PAGES)) {
      const markdown = readFileSync(resolve(REPO_ROOT, file), 'utf8');
      for (const [, href] of markdown.matchAll(/\]\(([^)\s]+\.md(?:#[^)\s]*)?)\)/g)) {
        // Only links into the docs: an example app's README is no page of the site.
        const target = new URL(href, `file:///${file}`).pathname.slice(1);
        if (/^[a-z]+:/i.test(href) || !(target === 'README.md' || target.startsWith('docs/'))) continue;
        if (!siteHref(file, href).href.startsWith('index.html?path=/docs/')) broken.push(`${file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(siteHref('docs/check.md', 'preview.md#several-apps')).toEqual({
      href: 'index.html?path=/docs/docs-cli-skjema-preview--docs#several-apps',
      target: '_top',
    });
    expect(siteHref('docs/reference/components.md', '../compatibility.md').href).toBe(
      'index.html?path=/docs/docs-layout-reference-compatibility--docs',
    );
  });

  it('finds what a build lacks: a page without its docs entry, a linked story that is not there', () => {
    const entries = Object.fromEntries(
      Object.values(DOC_PAGES).map((title) => {
        const id = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}--docs`;
        return [id, { id, type: 'docs' as const, title }];
      }),
    );
    const pages = { 'docs/reference/components.md': '[Live story](?path=/story/components-input--empty)' };
    expect(missingFromBuild({ entries }, pages)).toEqual([
      'story components-input--empty, linked from docs/reference/components.md',
    ]);
    delete entries['docs-cli-skjema-check--docs'];
    expect(missingFromBuild({ entries }, {})).toEqual(['docs page "Docs/CLI/skjema check" (docs/check.md)']);
  });
});
