import { Lexer } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../src/core/limits/limits.ts';
import { decodeEntities, parseMarkdown, type MarkdownNode } from '../../../src/core/texts/markdown.ts';

/** The tree as compact text: `p("a" strong("b"))`, attributes in brackets, whitespace shown as is. */
function show(nodes: readonly MarkdownNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return JSON.stringify(node);
      const { tag, children, ...attributes } = node;
      const attrs = Object.entries(attributes)
        .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
        .join(' ');
      return `${tag}${attrs ? `[${attrs}]` : ''}(${show(children)})`;
    })
    .join(' ');
}

const md = (text: string) => show(parseMarkdown(text));

describe('parseMarkdown: CommonMark', () => {
  it('reads # to ###### as headings of that depth, also right after a line of text', () => {
    expect(md('# En\n## To\n### Tre\n#### Fire\n##### Fem\n###### Seks')).toBe(
      'h1("En") h2("To") h3("Tre") h4("Fire") h5("Fem") h6("Seks")',
    );
    expect(md('Innledning\n### Overskrift')).toBe('p("Innledning") h3("Overskrift")');
    expect(md('Tittel\n===')).toBe('h1("Tittel")');
    expect(md('####### sju')).toBe('p("####### sju")');
  });

  it('reads numbered lists with their start number, and lists right after a line of text', () => {
    expect(md('1. første\n2. andre')).toBe('ol(li("første") li("andre"))');
    expect(md('3. tre\n4. fire')).toBe('ol[start=3](li("tre") li("fire"))');
    expect(md('Dette trenger du:\n- pass\n- bilde')).toBe('p("Dette trenger du:") ul(li("pass") li("bilde"))');
    // CommonMark: only a list starting at 1 may interrupt a paragraph.
    expect(md('Svar innen\n2. mai')).toBe('p("Svar innen\\n2. mai")');
    expect(md('1\\. **Endre fra**')).toBe('p("1. " strong("Endre fra"))');
  });

  it('nests lists and reads loose items as paragraphs', () => {
    expect(md('- a\n  - a1\n  - a2\n- b')).toBe('ul(li("a" ul(li("a1") li("a2"))) li("b"))');
    expect(md('1. a\n\n   mer\n2. b')).toBe('ol(li(p("a") p("mer")) li(p("b")))');
    expect(md('- [x] ferdig\n- [ ] ikke')).toBe('ul(li("☑ ferdig") li("☐ ikke"))');
  });

  it('reads block quotes, code, emphasis, strike-through and hard line breaks', () => {
    expect(md('> Sitat med **vekt**\n> - og liste')).toBe(
      'blockquote(p("Sitat med " strong("vekt")) ul(li("og liste")))',
    );
    expect(md('Bruk `<b>&amp;</b>` og *kursiv*, _også_, __fet__ og ~~feil~~')).toBe(
      'p("Bruk " code("<b>&amp;</b>") " og " em("kursiv") ", " em("også") ", " strong("fet") " og " del("feil"))',
    );
    expect(md('```\nx < y\n```')).toBe('pre(code("x < y"))');
    expect(md('linje 1  \nlinje 2\\\nlinje 3\nsamme avsnitt')).toBe(
      'p("linje 1" br() "linje 2" br() "linje 3\\nsamme avsnitt")',
    );
    expect(md('---')).toBe('hr()');
  });

  it('reads links, their titles and bare web and mail addresses', () => {
    expect(md('[Altinn](https://www.altinn.no "Til Altinn")')).toBe(
      'p(a[href="https://www.altinn.no" title="Til Altinn"]("Altinn"))',
    );
    expect(md('<https://a.no> www.b.no post@c.no')).toBe(
      'p(a[href="https://a.no"]("https://a.no") " " a[href="https://www.b.no"]("www.b.no") " " a[href="mailto:post@c.no"]("post@c.no"))',
    );
    expect(md('![Logo &amp; navn](logo.png)')).toBe('p("Logo & navn")');
  });

  it('reads a GitHub table with a head and a body', () => {
    expect(md('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('table(thead(tr(th("a") th("b"))) tbody(tr(td("1") td("2"))))');
  });

  it('decodes character references as a browser does, except in code', () => {
    expect(md('Blåbær &amp; bringebær&nbsp;&ndash; 5&#160;kr, &aring;pent &#xE5;r, &apos;x&apos; &ukjent;')).toBe(
      'p("Blåbær & bringebær\u00a0– 5\u00a0kr, åpent år, \'x\' &ukjent;")',
    );
    expect(decodeEntities('&#0; &#xD800; &#1114112;')).toBe('\ufffd \ufffd \ufffd');
  });

  it('leaves plain text as it is, trimmed, without running the lexer for it', () => {
    const lex = vi.spyOn(Lexer, 'lex');
    try {
      expect(parseMarkdown('  Fornavn (slik det står i passet)  ')).toEqual(['Fornavn (slik det står i passet)']);
      expect(parseMarkdown('Beløp i kr. 1 000, inkl. mva.')).toEqual(['Beløp i kr. 1 000, inkl. mva.']);
      expect(parseMarkdown('')).toEqual([]);
      expect(lex).not.toHaveBeenCalled();
      // Anything that could be syntax is parsed: a list marker, an address, a line break.
      for (const text of ['- punkt', '1. punkt', 'se www.altinn.no', 'post@altinn.no', 'a\nb', '    kode'])
        parseMarkdown(text);
      expect(lex).toHaveBeenCalledTimes(6);
    } finally {
      lex.mockRestore();
    }
  });
});

describe('parseMarkdown: HTML in texts', () => {
  it('keeps the tags the reference allows as elements', () => {
    expect(md('Endrer du navn <em>frivillig</em>?<br>Svar <b>ærlig</b>, <i>kort</i> og <u>tydelig</u>.')).toBe(
      'p("Endrer du navn " em("frivillig") "?" br() "Svar " b("ærlig") ", " i("kort") " og " u("tydelig") ".")',
    );
    expect(md('<p>Ett</p><p>To <span class="x" style="color:red">tre</span></p>')).toBe(
      'p("Ett") p("To " span("tre"))',
    );
    expect(md('<h2>Tittel</h2>\n<ol start="5"><li>fem</li></ol>')).toBe('h2("Tittel") ol[start=5](li("fem"))');
  });

  it('gives <br> one line break, not an empty line', () => {
    expect(md('Mobilnummer<br>\n- Begynner på <em>9 eller 4</em>\n- Kan motta SMS')).toBe(
      'p("Mobilnummer" br()) ul(li("Begynner på " em("9 eller 4")) li("Kan motta SMS"))',
    );
    expect(md('a<br/>b<br />c</br>d')).toBe('p("a" br() "b" br() "c" br() "d")');
  });

  it('closes a paragraph where a list starts, as the HTML parser does', () => {
    expect(md('Her kan du: <ul><li>Endre navn</li><li>Legge til</ul>Trykk [her](/start).')).toBe(
      'p("Her kan du: ") ul(li("Endre navn") li("Legge til")) "Trykk " a[href="/start"]("her") "."',
    );
    expect(md('<ul><li>a<li>b</ul>')).toBe('ul(li("a") li("b"))');
    expect(md('<p>a<p>b')).toBe('p("a") p("b")');
  });

  it('keeps markdown inside an HTML block that a blank line ends', () => {
    expect(md('<div>\n\n**fet**\n\n</div>')).toBe('div(p(strong("fet")))');
  });

  it('keeps links with their address, and notes links meant for the same tab or the form itself', () => {
    expect(
      md('<a href=\'https://nrk.no\' class=\'same-window\'>NRK</a> <a href="/side" target="_blank">side</a>'),
    ).toBe('p(a[href="https://nrk.no" sameWindow=true]("NRK") " " a[href="/side"]("side"))');
    expect(md('<a href="/task/page2?focusComponentId=x" data-link-type="LinkToPotentialNode">felt</a>')).toBe(
      'p(a[href="/task/page2?focusComponentId=x" linkType="LinkToPotentialNode"]("felt"))',
    );
    expect(md('[x](jav&#97;script:alert(1))')).toBe('p(a[href="javascript:alert(1)"]("x"))');
  });

  it('puts lone list items in a list and stray text of a list into an item', () => {
    expect(md('<li>Du må oppgi varene.</li><li>På norsk.</li>')).toBe('ul(li("Du må oppgi varene.") li("På norsk."))');
    expect(md('<ul>tekst<li>punkt</li></ul>')).toBe('ul(li("tekst") li("punkt"))');
    expect(md('<table><tr><td>a</td></tr></table>')).toBe('table(tbody(tr(td("a"))))');
  });

  it('never keeps scripts, styles, frames or event handlers, and drops the markup of other tags', () => {
    expect(md('<script>alert(1)</script>\n\nOK')).toBe('p("OK")');
    expect(md('Hei <script>alert("<b>x</b>")</script>du')).toBe('p("Hei du")');
    expect(md('a <img src=x onerror="alert(1)"> b <img alt="kart" src=y> c')).toBe('p("a  b kart c")');
    expect(
      md('<iframe src="https://x">ramme</iframe><style>p{}</style><svg onload=alert(1)><text>t</text></svg>x'),
    ).toBe('"x"');
    expect(md('<button onclick="go()">Klær</button> <video controls><source src="a.mp4"></video>')).toBe('p("Klær ")');
    expect(
      md('<html><body><details><summary>Eksempler</summary><div class="news">Klær</div></details></body></html>'),
    ).toBe('details(summary("Eksempler") div("Klær"))');
    expect(md('<!-- kommentar -->Synlig')).toBe('"Synlig"');
  });

  it('closes tags a text leaves open at the end of their paragraph', () => {
    expect(md('<b>fet\n\nvanlig')).toBe('p(b("fet")) p("vanlig")');
  });
});

describe('parseMarkdown within the limits (issue 12, finding 4)', () => {
  /** How deep the elements of a tree nest, counted without recursion. */
  function depthOf(nodes: readonly MarkdownNode[]): number {
    let deepest = 0;
    const stack = nodes.map((node) => ({ node, depth: 1 }));
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (typeof node === 'string') continue;
      deepest = Math.max(deepest, depth);
      for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
    }
    return deepest;
  }

  it('shows a 5 MB text as the plain text it is, without reading it as Markdown', () => {
    const lex = vi.spyOn(Lexer, 'lex');
    const text = '**fet** [lenke](https://example.com) '.repeat(140_000);
    expect(parseMarkdown(text)).toEqual([text.trim()]);
    expect(lex).not.toHaveBeenCalled();
    lex.mockRestore();
  });

  it('shows a line of 20,000 nested quotes or list items as plain text instead of overflowing', () => {
    for (const text of ['> '.repeat(20_000) + 'x', '- '.repeat(20_000) + 'x', '1. '.repeat(15_000) + 'x']) {
      expect(parseMarkdown(text)).toEqual([text.trim()]);
    }
    // Within the limit it is still Markdown.
    expect(depthOf(parseMarkdown('> '.repeat(20) + 'x'))).toBeGreaterThanOrEqual(20);
  });

  it('keeps 9,000 nested HTML elements to the nesting limit, with their text', () => {
    const nodes = parseMarkdown(`${'<div><b>'.repeat(4_500)}inne`);
    expect(depthOf(nodes)).toBeLessThanOrEqual(LIMITS.depth + 2);
    expect(JSON.stringify(nodes)).toContain('inne');
  });
});
