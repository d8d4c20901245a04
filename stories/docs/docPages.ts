import { toId } from 'storybook/internal/csf';

/**
 * The docs site: every Markdown page of the repository and its place in Storybook's sidebar. Each
 * has a `stories/docs/<name>.mdx` that renders it; links between the pages follow this table.
 * tests/docs/site.test.ts checks that the two agree and that no page of docs/ is left out.
 */
export const DOC_PAGES: Readonly<Record<string, string>> = {
  'docs/getting-started.md': 'Docs/Getting started/In five minutes',
  'README.md': 'Docs/Getting started/Overview',
  'docs/embedding.md': 'Docs/Embedding/In your own page',
  'docs/element.md': 'Docs/Embedding/The skjema-form element',
  'docs/connected.md': 'Docs/Embedding/Connected to an Altinn app',
  'docs/custom-components.md': 'Docs/Embedding/Custom components',
  'docs/services.md': 'Docs/Embedding/Services',
  'docs/analytics.md': 'Docs/Embedding/Analytics',
  'docs/reference/components.md': 'Docs/Layout reference/Components',
  'docs/compatibility.md': 'Docs/Layout reference/Compatibility',
  'docs/libraries.md': 'Docs/Layout reference/Shared libraries',
  'docs/expressions.md': 'Docs/Expressions/Expressions',
  'docs/reference/expressions.md': 'Docs/Expressions/Function reference',
  'docs/validation.md': 'Docs/Validation/Validation',
  'docs/schema-validation.md': 'Docs/Validation/Data-model schemas',
  'docs/saving.md': 'Docs/Saving/Saving',
  'docs/autosave.md': 'Docs/Saving/Autosave and conflicts',
  'docs/client.md': 'Docs/Client API/App client',
  'docs/reference/client.md': 'Docs/Client API/Client reference',
  'docs/core-api.md': 'Docs/Client API/Core API',
  'docs/check.md': 'Docs/CLI/skjema check',
  'docs/compile.md': 'Docs/CLI/skjema compile',
  'docs/preview.md': 'Docs/CLI/skjema preview',
  'docs/playground.md': 'Docs/Tools/The playground',
  'docs/migrating.md': "Docs/Migrating from Altinn's app-frontend",
  'docs/performance.md': 'Docs/Performance and reliability/Performance',
  'docs/performance-groups.md': 'Docs/Performance and reliability/Big repeating groups',
  'docs/limits.md': 'Docs/Performance and reliability/Limits',
  'docs/security.md': 'Docs/Performance and reliability/Security',
  'docs/architecture.md': 'Docs/Internals/Architecture',
  'docs/tree.md': 'Docs/Internals/The node tree',
  'docs/writing-docs.md': 'Docs/Internals/Writing the docs',
};

/** `docs/x.md` + `../README.md#try-it` → `README.md#try-it`: the target's path from the repository root. */
function resolvePath(from: string, href: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of href.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * Where a link of a Markdown page goes on the site: another page to its docs entry, a story
 * (`?path=/story/…`, as the layout reference writes them) to the story, both in the whole
 * Storybook window rather than the docs frame; anchors stay on the page, other sites open apart.
 */
export function siteHref(from: string, href: string): { href: string; target?: string } {
  if (href.startsWith('#')) return { href };
  if (/^[a-z]+:/i.test(href)) return { href, target: '_blank' };
  if (href.startsWith('?path=')) return { href: `index.html${href}`, target: '_top' };
  const [path, anchor] = resolvePath(from, href).split('#');
  const title = DOC_PAGES[path];
  if (!title) return { href };
  return { href: `index.html?path=/docs/${toId(title, 'docs')}${anchor ? `#${anchor}` : ''}`, target: '_top' };
}
