import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/texts/markdown.ts';
import { plainContent } from '../../../src/core/texts/plainMarkdown.ts';
import { markValue } from '../../../src/core/texts/textValues.ts';

describe('plainContent', () => {
  it('gives a label of plain words as the Markdown reader would', () => {
    for (const text of ['Field 1', '  Fornavn  ', 'Hvor mange barn har du?', 'Pris (kr), inkl. mva', ''])
      expect([plainContent(text)].filter((content) => content !== '')).toEqual(parseMarkdown(text));
  });

  it('leaves anything Markdown, HTML or a value could act on to the reader', () => {
    for (const text of [
      '**Viktig**',
      'Les [vilkårene](https://example.com)',
      '1. punkt',
      '- punkt',
      '# Tittel',
      'a<br>b',
      'Tom &amp; Jerry',
      'se www.altinn.no',
      'to\nlinjer',
      `Hei ${markValue('*Ola*')}`,
    ])
      expect(plainContent(text)).toBeUndefined();
  });
});
