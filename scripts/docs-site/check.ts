/**
 * Checks the built Storybook (storybook-static, from `npm run build-storybook`): every page of the
 * docs site is in it, and every story the pages link to. Run by .ci/run after the build:
 * `npx tsx scripts/docs-site/check.ts`; exit code 1 names what is missing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOC_PAGES } from '../../stories/docs/docPages.ts';
import { missingFromBuild, type StorybookIndex } from './builtEntries.ts';

const root = resolve(import.meta.dirname, '../..');
const index = JSON.parse(readFileSync(resolve(root, 'storybook-static/index.json'), 'utf8')) as StorybookIndex;
const pages = Object.fromEntries(
  Object.keys(DOC_PAGES).map((file) => [file, readFileSync(resolve(root, file), 'utf8')]),
);
const missing = missingFromBuild(index, pages);
if (missing.length > 0) {
  console.error(`The built docs site lacks:\n${missing.map((entry) => `  ${entry}`).join('\n')}`);
  process.exit(1);
}
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.title.startsWith('Docs/'));
console.log(
  `storybook-static has all ${Object.keys(DOC_PAGES).length} docs pages (${docs.length} docs entries) and every story they link to.`,
);
