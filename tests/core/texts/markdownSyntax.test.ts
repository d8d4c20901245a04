import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTexts } from '../../../src/core/texts/builtin/index.ts';
import { parseMarkdown, readMarkdown, type MarkdownNode } from '../../../src/core/texts/markdown.ts';
import { markdownWithinLimits, parsePlainText } from '../../../src/core/texts/markdownSyntax.ts';
import { markValue } from '../../../src/core/texts/textValues.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

function corpusTexts(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR).flatMap((app) => {
    const folder = join(CORPUS_DIR, app, 'App/config/texts');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((file) => /^resource\.[\w-]+\.json$/.test(file))
      .flatMap((file) => {
        const { resources } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { resources: unknown[] };
        return resources.flatMap((resource) => {
          const value = (resource as { value?: unknown } | null)?.value;
          return typeof value === 'string' ? [value] : [];
        });
      });
  });
}

// What a user sees: a text that is one paragraph shows without the paragraph element
// (`Markdown.tsx`), as a plain text does, and space around a text shows as nothing.
function asShown(nodes: MarkdownNode[]): MarkdownNode[] {
  const [only] = nodes;
  if (nodes.length === 1 && typeof only === 'string') return [only.trim()];
  if (nodes.length !== 1 || typeof only === 'string' || only.tag !== 'p' || Object.keys(only).length > 2) return nodes;
  return asShown(only.children);
}

const written = [
  'Fornavn',
  '  Etternavn med mellomrom rundt  ',
  '',
  '   ',
  'Hva er din e-post?',
  'Beløp (kr), inkl. mva.',
  `Hei ${markValue('**Kari** <b>&amp;</b>')}, velkommen`,
  `${markValue('[lenke](https://example.com)')}`,
  '**fet**',
  '<b>fet</b>',
  'a & b',
  '1. punkt',
  '# Overskrift',
  'linje\nlinje',
  'se https://example.com',
];

describe('texts without Markdown (issue 14)', () => {
  it('get the same content from parsePlainText as from the Markdown reader, over the corpus and built-in texts', () => {
    const texts = [
      ...new Set([...written, ...corpusTexts(), ...Object.values(builtinTexts).flatMap((t) => Object.values(t))]),
    ].filter(markdownWithinLimits);
    let plain = 0;
    for (const text of texts) {
      const content = parsePlainText(text);
      if (content === undefined) continue;
      plain++;
      expect(content, text).toEqual(asShown(readMarkdown(text)));
    }
    // The check covers many texts, not just a few that happen to be plain.
    expect(plain).toBeGreaterThan(written.length / 2);
  });

  it('need the reader when they have Markdown or HTML, whatever the values in them hold', () => {
    expect(parsePlainText('**fet**')).toBeUndefined();
    expect(parsePlainText('<b>fet</b>')).toBeUndefined();
    expect(parsePlainText('a &amp; b')).toBeUndefined();
    expect(parsePlainText('1. punkt')).toBeUndefined();
    expect(parsePlainText(`Hei ${markValue('**Kari**')}`)).toEqual(['Hei **Kari**']);
  });

  it('show a text over the limits as written, without the reader', () => {
    const text = '**fet** '.repeat(20_000);
    expect(markdownWithinLimits(text)).toBe(false);
    expect(parsePlainText(text)).toEqual([text.trim()]);
    expect(parseMarkdown(text)).toEqual([text.trim()]);
  });
});
