import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { marked } from 'marked';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { MARKDOWN_BLOCK_TAGS, MARKDOWN_INLINE_TAGS } from '../../../src/core/texts/markdown.ts';
import { Markdown } from '../../../src/react/components/shared/Markdown.tsx';
import { isSafeUrl } from '../../../src/react/components/shared/safeUrl.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';
import { WCAG_TAGS } from '../../support/wcag.ts';

/*
 * Every text resource of every app in ../shared/corpus, rendered, against what the reference
 * frontend shows: `marked` turns the text into HTML and a browser's parser (jsdom's here) reads it.
 * Both are brought to the same plain form: allowed tags with the attributes that matter, headings
 * as `h` (their level follows the page here), what skjema deliberately does differently applied to
 * the reference (no wrapper around a lone paragraph, a list around lone items, no link to an unsafe
 * address), whitespace collapsed.
 */
const texts = [
  ...new Set(
    readdirSync(CORPUS_DIR).flatMap((app) => {
      const folder = join(CORPUS_DIR, app, 'App/config/texts');
      if (!existsSync(folder)) return [];
      return readdirSync(folder)
        .filter((file) => /^resource\.[\w-]+\.json$/.test(file))
        .flatMap((file) => {
          const { resources } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
            resources: { value?: string }[];
          };
          return resources.map(({ value }) => value ?? '').filter((value) => value.trim() !== '');
        });
    }),
  ),
];
function textOf(app: string, id: string): string {
  const file = join(CORPUS_DIR, app, 'App/config/texts/resource.nb.json');
  const { resources } = JSON.parse(readFileSync(file, 'utf8')) as { resources: { id: string; value: string }[] };
  const found = resources.find((resource) => resource.id === id);
  if (!found) throw new Error(`${app} has no text ${id}`);
  return found.value;
}

const withMarkup = texts.filter((text) => /[<>*_#`[\]\n&]|^\s*(\d+[.)]|[-+>])\s/.test(text));

const KEPT = new Set<string>([...MARKDOWN_INLINE_TAGS, ...MARKDOWN_BLOCK_TAGS]);
// The reference's sanitiser drops these with their content; skjema never shows them either.
const DROPPED = new Set(['script', 'style', 'template', 'textarea', 'title', 'iframe', 'noscript', 'svg', 'math']);
const BLOCK_BOUNDARY = new RegExp(`\\s*(</?(?:h|br|${MARKDOWN_BLOCK_TAGS.join('|')})(?: [^>]*)?>)\\s*`, 'g');

function plainForm(root: Node): string {
  const walk = (node: Node): string => {
    if (node.nodeType === node.TEXT_NODE) return (node.textContent ?? '').replace(/[<>]/g, (c) => `&${c}`);
    if (node.nodeType !== node.ELEMENT_NODE) return '';
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    const inner = [...element.childNodes].map(walk).join('');
    if (DROPPED.has(tag)) return '';
    if (tag === 'img') return element.getAttribute('alt') ?? '';
    if (!KEPT.has(tag)) return inner;
    if (tag === 'a') {
      const href = element.getAttribute('href');
      return href !== null && isSafeUrl(href) ? `<a href="${href}">${inner}</a>` : inner;
    }
    if (/^h[1-6]$/.test(tag)) return `<h>${inner}</h>`;
    if (tag === 'br' || tag === 'hr' || tag === 'wbr') return `<${tag}>`;
    const start = tag === 'ol' && element.getAttribute('start');
    return `<${tag}${start && start !== '1' ? ` start="${start}"` : ''}>${inner}</${tag}>`;
  };
  return [...root.childNodes].map(walk).join('').replace(/\s+/g, ' ').replace(BLOCK_BOUNDARY, '$1').trim();
}

/** The reference: marked's HTML as a browser's parser builds it, with skjema's documented differences. */
function reference(text: string): string {
  const html = marked.parse(text, { async: false });
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  // `</p>` with no open paragraph makes an empty one, which shows nothing.
  body.querySelectorAll('p:empty').forEach((empty) => empty.remove());
  // A list item outside a list shows a bullet: skjema puts the list it implies around it.
  for (const item of body.querySelectorAll('li')) {
    if (item.parentElement?.matches('ul, ol')) continue;
    const list = body.ownerDocument.createElement('ul');
    item.before(list);
    while (list.nextSibling && (list.nextSibling.nodeName === 'LI' || list.nextSibling.textContent?.trim() === '')) {
      list.append(list.nextSibling);
    }
  }
  const form = plainForm(body);
  // A lone paragraph has no wrapper (the reference makes it a <span>).
  const lone = /^<p>((?:(?!<\/?p>).)*)<\/p>$/.exec(form);
  return lone ? lone[1] : form;
}

function rendered(text: string, inline = false): HTMLElement {
  const { container } = render(
    inline ? (
      <label>
        <Markdown text={text} inline />
        <input />
      </label>
    ) : (
      <div>
        <Markdown text={text} />
      </div>
    ),
  );
  return container.firstElementChild as HTMLElement;
}

/** What a reader hears: the words, blocks and line breaks as spaces, bullets and list numbers left out. */
function words(element: HTMLElement): string {
  return plainForm(element)
    .replace(new RegExp(`</?(?:h|br|${MARKDOWN_BLOCK_TAGS.join('|')})(?: [^>]*)?>`, 'g'), ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/(^|\s)(•|\d+\.)(?=\s)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the texts of ../shared/corpus', () => {
  let consoleError: MockInstance;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    // React reports invalid nesting (a list in a paragraph, a block in a label) here.
    expect(consoleError.mock.calls.map((args) => args.map(String).join(' '))).toEqual([]);
    consoleError.mockRestore();
  });

  it('are read', () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(withMarkup.length).toBeGreaterThan(40);
  });

  it.each(withMarkup.map((text) => [text.slice(0, 60).replace(/\n/g, '⏎'), text]))(
    'render as the reference does: %s',
    (_, text) => {
      const element = rendered(text);
      expect(plainForm(element)).toBe(reference(text));
      // Nothing of the syntax is left to read.
      expect(element.textContent).not.toMatch(/\*\*|__|<\/?[a-z]+[^>]*>|\]\(|(^|\n)\s*#{1,6}\s/i);
    },
  );

  it.each(withMarkup.map((text) => [text.slice(0, 60).replace(/\n/g, '⏎'), text]))(
    'fit inside a label with the same words: %s',
    (_, text) => {
      const label = rendered(text, true);
      expect(label.querySelector(MARKDOWN_BLOCK_TAGS.join(', '))).toBeNull();
      expect(words(label)).toBe(words(rendered(text)));
    },
  );

  it('show real texts as their authors meant', () => {
    const cases: [app: string, id: string, expected: string][] = [
      ['frontend-test', 'messageTitle', '<h>Appen for test av app frontend</h>'],
      [
        'multiple-datamodels-test',
        'equalParagraph',
        '<h>Variabler i tekst-ressurs</h><p>Begge feltene er <strong>helt like!</strong></p>',
      ],
      [
        'frontend-test',
        'cellphone-number',
        '<p>Mobilnummer<br></p><ul><li>Begynner på <em>9 eller 4</em></li><li>Kan motta SMS</li></ul>',
      ],
      [
        'frontend-test',
        'messageTitleHelp',
        '<p>Bruk denne appen for test av <b>app frontend</b><br>Her kan du:</p><ul><li>Endre navn</li>' +
          '<li>Legge til vedlegg</li><li>Endre dato</li><li>Legge til kontaktinformasjon</li><li>Og mer</li></ul>' +
          'Trykk <a href="https://example.no/0">her</a> for å starte på nytt.',
      ],
      [
        'payment-test',
        'importantNoticeInfo',
        '<ul><li>Du må oppgi varene/tjenestene du bruker merket for i dag, eller planlegger å bruke det for i nær ' +
          'fremtid.</li><li>Varefortegnelsen må være på norsk.</li><li>Det er ikke mulig å legge til varer eller ' +
          'tjenester etter at søknaden er sendt inn.</li><li>Hvis du velger godkjente varer og tjenester fra vår ' +
          '<a href="https://www.w3schools.com">produktvelger</a>, vil du få kortere behandlingstid enn hvis du ' +
          'legger inn egendefinerte produkter.</li></ul>',
      ],
      [
        'signing-test',
        'Confirm.Paragraph-confirm.title',
        '<h><strong>Jeg bekrefter at opplysningene er korrekt.</strong></h>',
      ],
      ['stateless-app', 'text', 'Bruke dette app for å teste stateless app<br>1. test<br>2. test'],
      [
        'payment-test',
        'iFrameExamples',
        '<details><summary>Exempler på varer og tjenester i ulike bransjer</summary><details><summary>Klær, ' +
          'klesbutikk og klesdesign</summary></details><details><summary>Dataprogrammer, salg og utvikling av ' +
          'dataprogrammer</summary></details></details>',
      ],
    ];
    for (const [app, id, expected] of cases) {
      // Variables are filled in before a text is rendered; an address stands for them here.
      const text = textOf(app, id).replace(/\{(\d+)\}/g, 'https://example.no/$1');
      expect(plainForm(rendered(text)), `${app} ${id}`).toBe(expected);
    }
  });

  it('pass axe (WCAG 2.2 AA), all together', async () => {
    // A label needs words: texts that are only markup (`<html><body><style></style></body></html>`) have none.
    const worded = withMarkup.filter((text) => words(rendered(text)) !== '');
    const { container } = render(
      <main>
        {worded.map((text, index) => (
          <div key={index}>
            <Markdown text={text} />
            <label>
              <Markdown text={text} inline />
              <input />
            </label>
          </div>
        ))}
      </main>,
    );
    const results = await axe.run(container, { runOnly: WCAG_TAGS });
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);
  });
});
