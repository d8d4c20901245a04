import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { Markdown, TextHeadingLevel } from '../../../src/react/components/shared/Markdown.tsx';

const BLOCKS = 'p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, pre, table, hr, details, dl';

function block(text: string, level?: 2 | 3 | 4 | 5 | 6) {
  const content = <Markdown text={text} />;
  return render(
    <div data-testid="text">{level ? <TextHeadingLevel value={level}>{content}</TextHeadingLevel> : content}</div>,
  );
}

describe('Markdown', () => {
  let consoleError: MockInstance;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    // React reports invalid nesting and missing keys here.
    expect(consoleError.mock.calls.map((args) => args.map(String).join(' '))).toEqual([]);
    consoleError.mockRestore();
  });

  it('shows a text longer than the limit as plain text, and warns (issue 12)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = '**fet** [lenke](https://example.com) '.repeat(2_000);
    block(text);
    const shown = screen.getByTestId('text');
    expect(shown.querySelector('strong, a')).toBeNull();
    expect(shown.textContent).toBe(text.trim());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('plain text');
    warn.mockRestore();
  });

  it('shows a one-paragraph text without a wrapper, so its caller’s element is the paragraph', () => {
    block('Søknaden bør sendes **senest** fire uker før.');
    const text = screen.getByTestId('text');
    expect(text.querySelector(BLOCKS)).toBeNull();
    expect(text).toHaveTextContent('Søknaden bør sendes senest fire uker før.');
    expect(screen.getByText('senest').tagName).toBe('STRONG');
  });

  it('renders headings, numbered and nested lists, quotes and code as their elements', () => {
    block('### Vilkår\n\nDu må:\n1. rydde\n2. varsle\n   - naboer\n   - politiet\n\n> Husk `frist`\n\n5. fem\n6. seks');
    expect(screen.getByRole('heading', { name: 'Vilkår' })).toBeInTheDocument();
    const lists = screen.getAllByRole('list');
    expect(lists.map((list) => list.tagName)).toEqual(['OL', 'UL', 'OL']);
    expect(lists[2]).toHaveAttribute('start', '5');
    expect(screen.getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'rydde',
      'varsle',
      'naboer',
      'politiet',
      'fem',
      'seks',
    ]);
    expect(screen.getByText('Du må:').tagName).toBe('P');
    expect(screen.getByText('frist').tagName).toBe('CODE');
    expect(screen.getByText('frist').closest('blockquote')).not.toBeNull();
    expect(screen.getByTestId('text')).not.toHaveTextContent(/###|^\s*\d\. /);
  });

  it('gives a text’s top heading the level of its section and keeps the author’s sizes', () => {
    block('#### Variabler\n\nTekst\n\n##### Detaljer', 3);
    const top = screen.getByRole('heading', { name: 'Variabler' });
    const sub = screen.getByRole('heading', { name: 'Detaljer' });
    expect([top.tagName, sub.tagName]).toEqual(['H3', 'H4']);
    expect([top.dataset.size, sub.dataset.size]).toEqual(['2xs', '2xs']);
  });

  it('shows a lone heading as the text of its caller, so a title stays one heading', () => {
    render(
      <h2>
        <Markdown text="## Oppsummering" inline />
      </h2>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Oppsummering' }).children).toHaveLength(0);
  });

  it('inline, turns blocks into lines of the label with bullets and numbers as text', () => {
    render(
      <label>
        <Markdown text={'Mobilnummer<br>\n- Begynner på <em>9 eller 4</em>\n- Kan motta SMS\n\n3. tre'} inline />
        <input />
      </label>,
    );
    const label = screen.getByText('Mobilnummer').closest('label');
    expect(label?.querySelector(BLOCKS)).toBeNull();
    expect(
      screen.getByRole('textbox', { name: 'Mobilnummer • Begynner på 9 eller 4 • Kan motta SMS 3. tre' }),
    ).toBeTruthy();
    expect(screen.getByText('9 eller 4').tagName).toBe('EM');
    expect(label?.querySelectorAll('.skjema-markdown-line')).toHaveLength(4);
  });

  it('shows nothing for a text an app file left out, instead of failing', () => {
    block(undefined as unknown as string);
    expect(screen.getByTestId('text')).toBeEmptyDOMElement();
  });

  it('gives <br> a line break and no empty line', () => {
    block('Første<br>\nandre');
    const text = screen.getByTestId('text');
    expect(text.querySelectorAll('br')).toHaveLength(1);
    expect(text.innerHTML).toBe('Første<br>\nandre');
  });

  it('links web, mail and app addresses, external ones in a new tab, same-window ones in this one', () => {
    block(
      '[Altinn](https://www.altinn.no) <a href="/side" class="same-window">her</a> <post@example.no> www.example.no',
    );
    const altinn = screen.getByRole('link', { name: 'Altinn' });
    expect(altinn).toHaveAttribute('target', '_blank');
    expect(altinn).toHaveAttribute('rel', 'noopener noreferrer');
    const here = screen.getByRole('link', { name: 'her' });
    expect(here).toHaveAttribute('href', '/side');
    expect(here).not.toHaveAttribute('target');
    expect(screen.getByRole('link', { name: 'post@example.no' })).toHaveAttribute('href', 'mailto:post@example.no');
    expect(screen.getByRole('link', { name: 'www.example.no' })).toHaveAttribute('href', 'https://www.example.no');
  });

  it('shows links as their text where a link may not go (inside a button or link)', () => {
    render(
      <button type="button">
        <Markdown text="Skriv til post@example.no eller [les mer](https://www.example.no)" inline links={false} />
      </button>,
    );
    expect(screen.getByRole('button', { name: 'Skriv til post@example.no eller les mer' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it.each([
    ['[a](javascript:alert(1))'],
    ['[a](jav&#97;script:alert(1))'],
    ['<a href="java&#9;script:alert(1)">a</a>'],
    ['<a href="javascript:alert(1)">a</a>'],
    ['<a href=" JAVASCRIPT:alert(1)">a</a>'],
    ['[a](data:text/html;base64,PHNjcmlwdD4=)'],
    ['[a](//evil.example)'],
    ['[a](/\\evil.example)'],
    ['<a href="/&#92;evil.example">a</a>'],
    ['<a href="/&#9;/evil.example">a</a>'],
    ['<a href="vbscript:x">a</a>'],
  ])('does not link %s, and keeps its text', (text) => {
    block(text);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTestId('text')).toHaveTextContent(/^a$/);
  });

  it('never makes an element of hostile markup', () => {
    block(
      [
        '<script>window.hacked = 1</script>',
        '',
        'Hei <img src=x onerror="window.hacked = 2"> <svg onload="window.hacked = 3"></svg>',
        '<iframe src="https://evil.example"></iframe><style>body { display: none }</style>',
        '<a href="https://ok.example" onclick="window.hacked = 4" style="position:fixed">ok</a>',
        '<form action="https://evil.example"><input name="x"><button>Send</button></form>',
        '<object data="x.pdf"></object><embed src="x"><meta http-equiv="refresh" content="0;url=https://evil.example">',
      ].join('\n'),
    );
    const text = screen.getByTestId('text');
    expect(text.querySelector('script, img, svg, iframe, style, form, input, button, object, embed, meta')).toBeNull();
    const attributes = [...text.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on') || name === 'style')).toEqual([]);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    expect(screen.getByRole('link', { name: 'ok' })).toHaveAttribute('href', 'https://ok.example');
  });
});
