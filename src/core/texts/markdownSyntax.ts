import { LIMITS } from '../limits/limits.ts';
import { fillValueText, splitValues } from './textValues.ts';

/**
 * What every form needs to know about an app text's Markdown without loading the Markdown reader:
 * the tags a text may use, whether a text has any syntax at all, and the plain text of one that
 * has none. Most texts (labels, help) are plain, so the reader itself (`markdown.ts`, with `marked`)
 * is loaded only when a text needs it (`markdownLoader.ts`).
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

/** Whether a tag is a block (flow) element, which must not go into a label, legend, heading or button. */
export function isMarkdownBlock(tag: MarkdownTag): tag is MarkdownBlockTag {
  return !INLINE.has(tag);
}

/**
 * The content of a text that has no Markdown or HTML to read (or is over the limits, and so shown
 * as written), exactly as the Markdown reader would give it; `undefined` when the text needs the
 * reader. Values are kept out of the judgement: they are text whatever they hold.
 */
export function parsePlainText(text: string): MarkdownNode[] | undefined {
  const { template, values } = splitValues(text);
  if (!isPlainMarkdown(template) && markdownWithinLimits(template)) return undefined;
  const trimmed = template.trim();
  if (trimmed === '') return [];
  return [values.length === 0 ? trimmed : fillValueText(trimmed, values)];
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

/**
 * Text with nothing Markdown or HTML could act on is its own content, which spares the lexer for
 * the many plain labels. Anything that might be syntax takes the full path.
 */
export function isPlainMarkdown(text: string): boolean {
  return !/[\\`*_[\]<>&~\n\t@]|:\/\/|www\.|^\s*([-+#>=|]|\d+[.)])|^ {4}/.test(text);
}
