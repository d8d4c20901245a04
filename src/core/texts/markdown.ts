import { characterEntitiesHtml4 } from 'character-entities-html4';
import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { LIMITS } from '../limits/limits.ts';
import { isPlainMarkdown } from './plainMarkdown.ts';
import { fillValueHref, fillValueText, splitValues } from './textValues.ts';

/**
 * App texts are CommonMark (GitHub flavoured, as `marked` reads them in the reference frontend)
 * mixed with HTML. The reference turns them into an HTML string, sanitises it with DOMPurify and
 * parses that into React elements. Here `marked`'s lexer gives the Markdown structure and the HTML
 * in it is read tag by tag, both fed to one small tree builder that follows the HTML parser's rules
 * for implied end tags, so the result has the shape a browser would give the reference's HTML.
 * Only the tags and attributes below survive; no string of HTML is ever made, so nothing needs
 * `innerHTML`, a DOM or a sanitiser, and it runs the same in Node, jsdom and browsers.
 */

/** Inline (phrasing) tags an app text may use. */
export const MARKDOWN_INLINE_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
] as const;

/** Block tags an app text may use. */
export const MARKDOWN_BLOCK_TAGS = [
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
] as const;

export type MarkdownInlineTag = (typeof MARKDOWN_INLINE_TAGS)[number];
export type MarkdownBlockTag = (typeof MARKDOWN_BLOCK_TAGS)[number];
export type MarkdownTag = MarkdownInlineTag | MarkdownBlockTag;

/** A text's content: text (entities decoded) or an allowed element. */
export type MarkdownNode = string | MarkdownElement;

/** An allowed element with only the attributes it may carry, decoded but not yet judged safe. */
export interface MarkdownElement {
  tag: MarkdownTag;
  children: MarkdownNode[];
  /** `a`: the link target as written; whether it is safe to follow is the renderer's call. */
  href?: string;
  /** `a`: `class="same-window"` or `target="_self"` ask for the link to open in the same tab. */
  sameWindow?: boolean;
  /** `a`: `data-link-type` of `linkToComponent`/`linkToPage` links (`LinkToPotentialNode`/`…Page`). */
  linkType?: string;
  /** `ol`: the first item's number when it is not 1. */
  start?: number;
  /** `details`: shown open. */
  open?: boolean;
  /** `td`/`th`: cells spanned. */
  colSpan?: number;
  rowSpan?: number;
  title?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

const INLINE = new Set<string>(MARKDOWN_INLINE_TAGS);
const ALLOWED = new Set<string>([...MARKDOWN_INLINE_TAGS, ...MARKDOWN_BLOCK_TAGS]);

/** Whether a tag is a block (flow) element, which must not go into a label, legend, heading or button. */
export function isMarkdownBlock(tag: MarkdownTag): tag is MarkdownBlockTag {
  return !INLINE.has(tag);
}

// Kept out with everything in them: code, styles, frames and embedded documents, and text that
// only makes sense to a machine (a <title>, a <template>).
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'iframe',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'noscript',
  'xmp',
  'plaintext',
  'svg',
  'math',
  'head',
  'select',
]);
// Their content is raw text to the HTML parser: a `<b>` inside a <script> is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'noembed', 'noframes', 'xmp', 'noscript']);
// Ignored as tags; their content is the text's content (`<html><details>…</details></html>`).
const IGNORED = new Set(['html', 'body']);

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Start tags that end an open <p> (the HTML parser's "close a p element"), so a list written
// straight after text in HTML is the paragraph's sibling, not its child.
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dd',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'ul',
  ...HEADINGS,
]);

// The HTML parser's "special" elements: looking for an open <li> to close stops at them.
const SPECIAL = new Set([
  ...CLOSES_P,
  'applet',
  'area',
  'base',
  'body',
  'br',
  'button',
  'caption',
  'col',
  'colgroup',
  'embed',
  'frame',
  'frameset',
  'head',
  'html',
  'iframe',
  'img',
  'input',
  'link',
  'marquee',
  'meta',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'param',
  'plaintext',
  'script',
  'select',
  'source',
  'style',
  'tbody',
  'td',
  'template',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'wbr',
  'xmp',
]);

const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
const BUTTON_SCOPE = new Set([...SCOPE, 'button']);
const LIST_ITEM_SCOPE = new Set([...SCOPE, 'ol', 'ul']);

interface Draft {
  tag: string;
  attributes: Record<string, string>;
  children: (Draft | string)[];
}

/** Builds the element tree from start tags, end tags and text, as the HTML parser would (simplified). */
class TreeBuilder {
  readonly root: Draft = { tag: '#root', attributes: {}, children: [] };
  private readonly open: Draft[] = [this.root];

  private get current(): Draft {
    return this.open[this.open.length - 1];
  }

  text(value: string): void {
    if (value === '') return;
    const { children } = this.current;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += value;
    else children.push(value);
  }

  start(tag: string, attributes: Record<string, string> = {}): void {
    if (IGNORED.has(tag)) return;
    if (tag === 'li' || tag === 'dd' || tag === 'dt') this.closeListItem(tag);
    if (tag === 'a') this.popTo(this.find('a', SCOPE));
    if (tag === 'td' || tag === 'th') this.popTo(this.findAny(['td', 'th'], new Set(['table'])));
    if (tag === 'tr') this.popTo(this.find('tr', new Set(['table'])));
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      this.popTo(this.findAny(['thead', 'tbody', 'tfoot'], new Set(['table'])));
    }
    if (CLOSES_P.has(tag)) this.popTo(this.find('p', BUTTON_SCOPE));
    if (HEADINGS.has(tag) && HEADINGS.has(this.current.tag)) this.open.pop();
    // Past the nesting limit a tag gives up its markup (its content stays): every later walk of the
    // tree, and rendering it, recurses once per level.
    if (this.open.length > LIMITS.depth) return;
    const element: Draft = { tag, attributes, children: [] };
    this.current.children.push(element);
    if (!VOID.has(tag)) this.open.push(element);
  }

  end(tag: string): void {
    if (IGNORED.has(tag)) return;
    // `</br>` is read as `<br>` by browsers.
    if (tag === 'br') return this.start('br');
    const scope = tag === 'li' ? LIST_ITEM_SCOPE : tag === 'p' ? BUTTON_SCOPE : SCOPE;
    this.popTo(this.find(tag, scope));
  }

  private closeListItem(tag: string): void {
    const matches = tag === 'li' ? ['li'] : ['dd', 'dt'];
    for (let index = this.open.length - 1; index > 0; index--) {
      const open = this.open[index].tag;
      if (matches.includes(open)) return this.popTo(index);
      if (SPECIAL.has(open) && open !== 'address' && open !== 'div' && open !== 'p') return;
    }
  }

  private find(tag: string, scope: Set<string>): number {
    return this.findAny([tag], scope);
  }

  private findAny(tags: string[], scope: Set<string>): number {
    for (let index = this.open.length - 1; index > 0; index--) {
      const open = this.open[index].tag;
      if (tags.includes(open)) return index;
      if (scope.has(open)) return -1;
    }
    return -1;
  }

  /** Closes the element at `index` and everything opened inside it. */
  private popTo(index: number): void {
    if (index > 0) this.open.length = index;
  }
}

/**
 * The text's content as allowed elements and text, for a renderer to turn into its own elements.
 * Values marked in the text (`textValues.ts`) are kept out of the parser and come back as text
 * where they stood: inside the app text's own markup, URL-encoded in a link target.
 */
export function parseMarkdown(text: string): MarkdownNode[] {
  const { template, values } = splitValues(text);
  const nodes = parseTemplate(template);
  return values.length === 0 ? nodes : withValues(nodes, values);
}

function withValues(nodes: readonly MarkdownNode[], values: readonly string[]): MarkdownNode[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return fillValueText(node, values);
    const { href, title, linkType, ...rest } = node;
    const filled: MarkdownElement = { ...rest, children: withValues(node.children, values) };
    // A link whose target a value would decide keeps only its text.
    const target = href === undefined ? undefined : fillValueHref(href, values);
    if (target !== undefined) filled.href = target;
    if (title !== undefined) filled.title = fillValueText(title, values);
    if (linkType !== undefined) filled.linkType = fillValueText(linkType, values);
    return filled;
  });
}

function parseTemplate(text: string): MarkdownNode[] {
  if (isPlainMarkdown(text) || !markdownWithinLimits(text)) {
    const trimmed = text.trim();
    return trimmed === '' ? [] : [trimmed];
  }
  const builder = new TreeBuilder();
  blocks(builder, Lexer.lex(text));
  return clean(builder.root.children, undefined);
}

/**
 * Whether a text may be read as Markdown: no longer than `LIMITS.textLength`, and with no line
 * that opens more than `LIMITS.depth` block containers (quotes, list items) or is indented deeper
 * than that many list levels could be. The Markdown lexer recurses once per container level, so a
 * line like `> > > …` thousands long would overflow the call stack; such a text is shown as it is
 * written, as plain text, which loses nothing of what it says.
 */
export function markdownWithinLimits(text: string): boolean {
  if (text.length > LIMITS.textLength) return false;
  for (const line of text.split('\n')) {
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (indent > 4 * LIMITS.depth) return false;
    let containers = 0;
    CONTAINER_MARKER.lastIndex = 0;
    while (CONTAINER_MARKER.exec(line) !== null) {
      if (++containers > LIMITS.depth) return false;
    }
  }
  return true;
}

// One block container opening at the start of a line (or right after another): a quote marker or a
// list item's bullet or number.
const CONTAINER_MARKER = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

function blocks(builder: TreeBuilder, tokens: readonly Token[]): void {
  for (const token of tokens) block(builder, token as MarkedToken);
}

function block(builder: TreeBuilder, token: MarkedToken): void {
  switch (token.type) {
    case 'paragraph':
      return wrap(builder, 'p', {}, () => inlines(builder, token.tokens));
    case 'heading':
      return wrap(builder, `h${token.depth}`, {}, () => inlines(builder, token.tokens));
    case 'blockquote':
      return wrap(builder, 'blockquote', {}, () => blocks(builder, token.tokens));
    case 'list': {
      const start = token.ordered && typeof token.start === 'number' && token.start !== 1 ? token.start : undefined;
      return wrap(builder, token.ordered ? 'ol' : 'ul', start === undefined ? {} : { start: String(start) }, () => {
        for (const item of token.items) wrap(builder, 'li', {}, () => blocks(builder, item.tokens));
      });
    }
    case 'code':
      return wrap(builder, 'pre', {}, () => wrap(builder, 'code', {}, () => builder.text(token.text)));
    case 'hr':
      return builder.start('hr');
    case 'table':
      return wrap(builder, 'table', {}, () => {
        wrap(builder, 'thead', {}, () => row(builder, 'th', token.header));
        if (token.rows.length > 0) {
          wrap(builder, 'tbody', {}, () => token.rows.forEach((cells) => row(builder, 'td', cells)));
        }
      });
    case 'checkbox':
      // A task list item: its state as text, not a form control outside the form.
      return builder.text(token.checked ? '\u2611 ' : '\u2610 ');
    case 'space':
    case 'def':
      return;
    default:
      // A tight list item's text, HTML, and inline tokens where a block was expected.
      return inline(builder, token);
  }
}

function row(builder: TreeBuilder, cell: 'th' | 'td', cells: readonly Tokens.TableCell[]): void {
  wrap(builder, 'tr', {}, () => {
    for (const content of cells) wrap(builder, cell, {}, () => inlines(builder, content.tokens));
  });
}

function inlines(builder: TreeBuilder, tokens: readonly Token[]): void {
  for (const token of tokens) inline(builder, token as MarkedToken);
}

function inline(builder: TreeBuilder, token: MarkedToken): void {
  switch (token.type) {
    case 'text':
      if (token.tokens) return inlines(builder, token.tokens);
      // Text inside <pre>, <code>, <kbd> or <script> written as HTML goes out unescaped: it is HTML.
      if (token.escaped) return html(builder, token.text);
      return builder.text(decodeEntities(token.text));
    case 'escape':
      return builder.text(token.text);
    case 'codespan':
      // Code is shown as written: `&amp;` in it is five characters.
      return wrap(builder, 'code', {}, () => builder.text(token.text));
    case 'strong':
    case 'em':
    case 'del':
      return wrap(builder, token.type, {}, () => inlines(builder, token.tokens));
    case 'link': {
      // GFM makes `www.…` a link to `http://www.…`; links go only to secure sites.
      const href = /^www\./i.test(token.raw) ? token.href.replace(/^http:/i, 'https:') : token.href;
      const attributes: Record<string, string> = { href: decodeEntities(href) };
      if (token.title) attributes.title = decodeEntities(token.title);
      return wrap(builder, 'a', attributes, () => inlines(builder, token.tokens));
    }
    case 'image':
      // Pictures are not part of texts; their description is.
      return builder.text(decodeEntities(token.text));
    case 'br':
      return builder.start('br');
    case 'html':
      return html(builder, token.text);
    default:
      if ('tokens' in token && token.tokens) return blocks(builder, token.tokens);
      if ('text' in token && typeof token.text === 'string') builder.text(decodeEntities(token.text));
  }
}

function wrap(builder: TreeBuilder, tag: string, attributes: Record<string, string>, content: () => void): void {
  builder.start(tag, attributes);
  content();
  builder.end(tag);
}

const COMMENT = /<!--(?:-?>|[\s\S]*?(?:-->|$))/y;
const BOGUS = /<[?!][^>]*>?/y;
const END_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)[^>]*>/y;
const START_TAG = /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Reads HTML as start tags, end tags and text; comments and declarations are left out. */
function html(builder: TreeBuilder, source: string): void {
  let textFrom = 0;
  let at = source.indexOf('<');
  while (at !== -1) {
    let next: number | undefined;
    const emitText = () => builder.text(decodeEntities(source.slice(textFrom, at)));
    for (const skip of [COMMENT, BOGUS]) {
      skip.lastIndex = at;
      if (next === undefined && skip.test(source)) next = skip.lastIndex;
    }
    if (next !== undefined) {
      emitText();
    } else {
      END_TAG.lastIndex = at;
      START_TAG.lastIndex = at;
      const end = END_TAG.exec(source);
      const start = end ? null : START_TAG.exec(source);
      if (end) {
        emitText();
        builder.end(end[1].toLowerCase());
        next = END_TAG.lastIndex;
      } else if (start) {
        emitText();
        const tag = start[1].toLowerCase();
        builder.start(tag, attributesOf(start[2]));
        next = START_TAG.lastIndex;
        if (RAW_TEXT.has(tag)) {
          // Everything up to the matching end tag is the element's text, which is dropped anyway.
          const close = source.slice(next).search(new RegExp(`</${tag}[\\s/>]`, 'i'));
          next = close === -1 ? source.length : next + close;
        }
      }
    }
    if (next === undefined) {
      at = source.indexOf('<', at + 1);
      continue;
    }
    textFrom = next;
    at = source.indexOf('<', next);
  }
  builder.text(decodeEntities(source.slice(textFrom)));
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!(key in attributes)) attributes[key] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attributes;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]*));/g;
const NAMED: Readonly<Record<string, string>> = { ...characterEntitiesHtml4, apos: "'" };

/**
 * Character references as a browser reads them: numeric ones and the named ones of HTML 4 (plus
 * `&apos;`), which covers what texts are written with; other names stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
    return String.fromCodePoint(invalid ? 0xfffd : code);
  });
}

// Children a container may hold, and what wraps anything else put straight into it (a stray
// text in a list becomes an item), so the result stays valid HTML.
const CONTENT: Readonly<Partial<Record<string, { allowed: readonly string[]; wrapper: string }>>> = {
  ul: { allowed: ['li'], wrapper: 'li' },
  ol: { allowed: ['li'], wrapper: 'li' },
  dl: { allowed: ['dt', 'dd'], wrapper: 'dd' },
  table: { allowed: ['caption', 'thead', 'tbody', 'tfoot'], wrapper: 'tbody' },
  thead: { allowed: ['tr'], wrapper: 'tr' },
  tbody: { allowed: ['tr'], wrapper: 'tr' },
  tfoot: { allowed: ['tr'], wrapper: 'tr' },
  tr: { allowed: ['td', 'th'], wrapper: 'td' },
};

// Elements that only mean something inside their container: an <li> on its own gets a list
// around it (as its bullet shows it is meant to be one); the others keep only their content.
const PARENTS: Readonly<Partial<Record<string, { parents: readonly string[]; wrapper?: string }>>> = {
  li: { parents: ['ul', 'ol'], wrapper: 'ul' },
  dt: { parents: ['dl'], wrapper: 'dl' },
  dd: { parents: ['dl'], wrapper: 'dl' },
  // Table parts in the wrong place of a table are moved into place by `fit`, not dropped.
  tr: { parents: ['table', 'thead', 'tbody', 'tfoot'] },
  td: { parents: ['table', 'thead', 'tbody', 'tfoot', 'tr'] },
  th: { parents: ['table', 'thead', 'tbody', 'tfoot', 'tr'] },
  thead: { parents: ['table'] },
  tbody: { parents: ['table'] },
  tfoot: { parents: ['table'] },
  caption: { parents: ['table'] },
  summary: { parents: ['details'] },
};

/** Keeps allowed elements with their allowed attributes; other tags give up their markup only. */
function clean(children: readonly (Draft | string)[], parent: string | undefined): MarkdownNode[] {
  const out: MarkdownNode[] = [];
  const push = (node: MarkdownNode) => {
    const last = out.length - 1;
    if (typeof node === 'string' && typeof out[last] === 'string') out[last] += node;
    else out.push(node);
  };
  for (const child of children) {
    if (typeof child === 'string') {
      push(child);
      continue;
    }
    if (DROPPED.has(child.tag)) continue;
    if (child.tag === 'img' || child.tag === 'input') {
      // A picture's description, if it has one, still says what it showed.
      if (child.tag === 'img' && child.attributes.alt) push(child.attributes.alt);
      continue;
    }
    const inner = clean(child.children, ALLOWED.has(child.tag) ? child.tag : parent);
    const placement = PARENTS[child.tag];
    if (!ALLOWED.has(child.tag) || (placement && !placement.wrapper && !placement.parents.includes(parent ?? ''))) {
      inner.forEach(push);
      continue;
    }
    push({ tag: child.tag as MarkdownTag, children: inner, ...attributesFor(child) });
  }
  return fit(out, parent);
}

/** Puts what a container may not hold into the wrapper it expects, and lone items into a list. */
function fit(nodes: MarkdownNode[], parent: string | undefined): MarkdownNode[] {
  const content = parent === undefined ? undefined : CONTENT[parent];
  const out: MarkdownNode[] = [];
  let run: { wrapper: string; nodes: MarkdownNode[] } | undefined;
  const flush = () => {
    const nodes = run?.nodes ?? [];
    while (isBlank(nodes[nodes.length - 1])) nodes.pop();
    if (run && nodes.length > 0) out.push({ tag: run.wrapper as MarkdownTag, children: fit(nodes, run.wrapper) });
    run = undefined;
  };
  for (const node of nodes) {
    const tag = typeof node === 'string' ? undefined : node.tag;
    if (content) {
      if (tag !== undefined && content.allowed.includes(tag)) {
        flush();
        out.push(node);
      } else if (isBlank(node) && !run) {
        // Whitespace between items is not content.
      } else {
        if (!run) run = { wrapper: content.wrapper, nodes: [] };
        run.nodes.push(node);
      }
      continue;
    }
    const placement = tag === undefined ? undefined : PARENTS[tag];
    if (placement?.wrapper && !placement.parents.includes(parent ?? '')) {
      if (run?.wrapper !== placement.wrapper) flush();
      if (!run) run = { wrapper: placement.wrapper, nodes: [] };
      run.nodes.push(node);
    } else if (run && isBlank(node)) {
      run.nodes.push(node);
    } else {
      flush();
      out.push(node);
    }
  }
  flush();
  // Line breaks between blocks are not content (a browser shows none).
  const isBlock = (node: MarkdownNode | undefined) =>
    node === undefined || (typeof node !== 'string' && !INLINE.has(node.tag));
  return out.filter((node, index) => !isBlank(node) || !(isBlock(out[index - 1]) || isBlock(out[index + 1])));
}

function isBlank(node: MarkdownNode | undefined): boolean {
  return typeof node === 'string' && node.trim() === '';
}

function attributesFor(draft: Draft): Omit<MarkdownElement, 'tag' | 'children'> {
  const { attributes } = draft;
  const element: Omit<MarkdownElement, 'tag' | 'children'> = {};
  if (draft.tag === 'a') {
    if (attributes.href !== undefined) element.href = attributes.href;
    if (/(^|\s)same-window(\s|$)/.test(attributes.class ?? '') || attributes.target === '_self') {
      element.sameWindow = true;
    }
    if (attributes['data-link-type']) element.linkType = attributes['data-link-type'];
  }
  if (draft.tag === 'ol' && /^-?\d{1,9}$/.test(attributes.start ?? '')) {
    const start = Number(attributes.start);
    if (start !== 1) element.start = start;
  }
  if (draft.tag === 'details' && 'open' in attributes) element.open = true;
  if (draft.tag === 'td' || draft.tag === 'th') {
    const span = (value: string | undefined) =>
      value && /^\d{1,3}$/.test(value) && Number(value) > 1 ? Number(value) : undefined;
    const colSpan = span(attributes.colspan);
    const rowSpan = span(attributes.rowspan);
    if (colSpan) element.colSpan = colSpan;
    if (rowSpan) element.rowSpan = rowSpan;
  }
  if (attributes.title) element.title = attributes.title;
  if (attributes.lang && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(attributes.lang)) element.lang = attributes.lang;
  const dir = attributes.dir?.toLowerCase();
  if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') element.dir = dir;
  return element;
}
