import { describe, expect, it } from 'vitest';
import { parseMarkdown, type MarkdownNode } from '../../../src/core/texts/markdown.ts';
import { createTextResolver, TextMarkup } from '../../../src/core/texts/textResolver.ts';
import { hrefOf, markValue, plainText, VALUE_END, VALUE_START } from '../../../src/core/texts/textValues.ts';

const builtin = { 'form_filler.error_required': 'Du må fylle ut {0}' };

function resolverWith(name: unknown, value = 'Hei **{0}**') {
  return createTextResolver(
    'nb',
    [{ id: 'hello', value, variables: [{ key: 'name', dataSource: 'dataModel.default' }] }],
    builtin,
    { dataModel: () => name },
  );
}

function links(nodes: readonly MarkdownNode[]): { href?: string; text: string }[] {
  const out: { href?: string; text: string }[] = [];
  const text = (node: MarkdownNode): string =>
    typeof node === 'string' ? node : node.children.map((child) => text(child)).join('');
  const visit = (node: MarkdownNode) => {
    if (typeof node === 'string') return;
    if (node.tag === 'a') out.push({ href: node.href, text: text(node) });
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

describe('values in texts', () => {
  it('resolve plain by default and marked on request, with the markup of the text around them', () => {
    const texts = resolverWith('[x](https://evil.example)');
    expect(texts.resolve('hello')).toBe('Hei **[x](https://evil.example)**');
    const marked = texts.resolve('hello', { markValues: true });
    expect(marked).toBe(`Hei **${VALUE_START}[x](https://evil.example)${VALUE_END}**`);
    expect(parseMarkdown(marked)).toEqual([
      { tag: 'p', children: ['Hei ', { tag: 'strong', children: ['[x](https://evil.example)'] }] },
    ]);
  });

  it('cannot fake a mark: a value that carries the marks loses them', () => {
    const forged = `${VALUE_END}[x](https://evil.example)${VALUE_START}`;
    const marked = resolverWith(forged, '{0}').resolve('hello', { markValues: true });
    expect(marked).toBe(markValue('[x](https://evil.example)'));
    expect(links(parseMarkdown(marked))).toEqual([]);
  });

  it('are not filled again: a value reading {0} stays as typed', () => {
    const texts = resolverWith('{0}{0}', 'Navn: {0}');
    expect(texts.resolve('hello', { params: ['never'] })).toBe('Navn: {0}{0}');
  });

  it('keep a resolved text given as a param as markup, and a plain param as text', () => {
    const texts = createTextResolver('nb', [], builtin);
    const markup = texts.resolve('form_filler.error_required', {
      params: [new TextMarkup('**navn**')],
      markValues: true,
    });
    expect(parseMarkdown(markup)).toEqual([
      { tag: 'p', children: ['Du må fylle ut ', { tag: 'strong', children: ['navn'] }] },
    ]);
    const text = texts.resolve('form_filler.error_required', { params: ['**navn**'], markValues: true });
    expect(parseMarkdown(text)).toEqual(['Du må fylle ut **navn**']);
  });

  it('are URL-encoded in a link target and may follow only a fixed scheme and host', () => {
    const value = markValue('a b&c=d/../e?f#g');
    const cases: [string, string | undefined][] = [
      [`https://example.com/search?q=${value}`, 'https://example.com/search?q=a%20b%26c%3Dd%2F..%2Fe%3Ff%23g'],
      [`https://example.com/${value}`, 'https://example.com/a%20b%26c%3Dd%2F..%2Fe%3Ff%23g'],
      [`/org/app/${value}`, '/org/app/a%20b%26c%3Dd%2F..%2Fe%3Ff%23g'],
      [`mailto:post@example.com?subject=${value}`, 'mailto:post@example.com?subject=a%20b%26c%3Dd%2F..%2Fe%3Ff%23g'],
      [value, undefined],
      [`https://${value}/x`, undefined],
      [`https://example.com${value}`, undefined],
      [`https://example.com\\${value}`, undefined],
      [`mailto:${value}`, undefined],
      [`tel:${value}`, undefined],
      [`java${value}`, undefined],
    ];
    for (const [target, expected] of cases) expect(hrefOf(target), target).toBe(expected);
    expect(hrefOf(`https://example.com/${markValue('\uD800')}`)).toBeUndefined();
  });

  it('make no link in Markdown when a value would pick the host, keeping the link text', () => {
    const text = `[profil](https://${markValue('evil.example')}/x) og [søk](https://example.com/?q=${markValue('x y')})`;
    expect(links(parseMarkdown(text))).toEqual([
      { href: undefined, text: 'profil' },
      { href: 'https://example.com/?q=x%20y', text: 'søk' },
    ]);
  });

  it('show as typed in every Markdown construct', () => {
    const hostile =
      '<img src=x onerror=alert(1)>\n# h\n- item\n`code`\n&amp; ![i](https://evil/i.png) https://evil.example';
    for (const template of [
      '{0}',
      '*{0}*',
      '`{0}`',
      '> {0}',
      '- {0}',
      '| a |\n|---|\n| {0} |',
      '<b title="{0}">{0}</b>',
    ]) {
      const text = createTextResolver(
        'nb',
        [{ id: 't', value: template, variables: [{ key: 'v', dataSource: 'dataModel.default' }] }],
        {},
        {
          dataModel: () => hostile,
        },
      ).resolve('t', { markValues: true });
      const nodes = parseMarkdown(text);
      expect(links(nodes), template).toEqual([]);
      expect(JSON.stringify(nodes), template).toContain(JSON.stringify(hostile).slice(1, -1));
    }
  });

  it('drop their marks in plain text', () => {
    expect(plainText(`a ${markValue('b')} c`)).toBe('a b c');
    expect(plainText(undefined)).toBeUndefined();
  });
});
