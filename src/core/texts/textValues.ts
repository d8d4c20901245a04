/**
 * Values put into texts (text variables, `{0}` params, expression results) are data, often typed by
 * a user: they must show as the characters they are, never as Markdown or HTML of the text around
 * them. A resolved text therefore carries each value between two private-use characters that no
 * value can contain (they are removed from values and app texts alike), so the Markdown reader can
 * take the values out before parsing and put them back as plain text after (`splitValues`,
 * `fillValueText`, `fillValueHref`). Text shown as-is (attributes, the page title) drops the marks
 * with `plainText`.
 */

/** Starts a value in a resolved text. */
export const VALUE_START = '\uE000';
/** Ends a value in a resolved text. */
export const VALUE_END = '\uE001';

const MARKS = /[\uE000\uE001]/g;
// A value, or a mark without its pair (only a broken text has one), which is dropped.
const VALUE_OR_MARK = /\uE000([^\uE000\uE001]*)\uE001|[\uE000\uE001]/g;
// A placeholder's number is written in private-use digits too, so nothing in it is Markdown.
const DIGIT_BASE = 0xe010;
const PLACEHOLDER = /\uE000([\uE010-\uE01F]+)\uE001/g;

/** A value as it goes into a text: its own marks removed, between the marks. */
export function markValue(value: string): string {
  return VALUE_START + withoutMarks(value) + VALUE_END;
}

/** Text from an app or the built-in texts, which may not fake a value either. */
export function withoutMarks(text: string): string {
  return text.includes(VALUE_START) || text.includes(VALUE_END) ? text.replace(MARKS, '') : text;
}

/** The text as a user reads it: the values in place, without their marks. */
export function plainText(text: string): string;
export function plainText(text: string | undefined): string | undefined;
export function plainText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : withoutMarks(text);
}

/** Whether the text holds any value. */
export function hasValues(text: string): boolean {
  return text.includes(VALUE_START);
}

/**
 * A text with its values replaced by placeholders that Markdown reads as a word (private-use
 * characters only), and the values in their order.
 */
export function splitValues(text: string): { template: string; values: string[] } {
  if (!hasValues(text)) return { template: withoutMarks(text), values: [] };
  const values: string[] = [];
  const template = text.replace(VALUE_OR_MARK, (_whole, value: string | undefined) =>
    value === undefined ? '' : placeholder(values.push(value) - 1),
  );
  return { template, values };
}

function placeholder(index: number): string {
  const digits = [...index.toString(16)].map((digit) => String.fromCharCode(DIGIT_BASE + Number.parseInt(digit, 16)));
  return VALUE_START + digits.join('') + VALUE_END;
}

function indexOf(digits: string): number {
  return Number.parseInt([...digits].map((digit) => (digit.charCodeAt(0) - DIGIT_BASE).toString(16)).join(''), 16);
}

/** Text with the placeholders of `splitValues` replaced by their values, as plain text. */
export function fillValueText(text: string, values: readonly string[]): string {
  if (!text.includes(VALUE_START)) return text;
  return text.replace(PLACEHOLDER, (_whole, digits: string) => values[indexOf(digits)] ?? '');
}

/**
 * A link target with placeholders filled, each value URL-encoded, or undefined when a value would
 * decide where the link goes: a value may follow only the start of a path (after `https://host/`,
 * `/`, `./`), a `?` or a `#`, never make up a scheme, a host or a mail or phone address.
 */
export function fillValueHref(href: string, values: readonly string[]): string | undefined {
  const first = href.indexOf(VALUE_START);
  if (first === -1) return href;
  const before = href.slice(0, first).replace(/[\t\n\r]/g, '');
  const fixed = /^(https?:\/\/[^/?#\\]+[/?#]|\/(?![/\\])|\.{1,2}\/)/i.test(before) || /[?#]/.test(before);
  if (!fixed) return undefined;
  try {
    return href.replace(PLACEHOLDER, (_whole, digits: string) => encodeURIComponent(values[indexOf(digits)] ?? ''));
  } catch {
    // A lone surrogate cannot be URL-encoded; the link is left out rather than guessed.
    return undefined;
  }
}

// Functions whose result comes from the data, the instance, the settings or another text's values.
const READS_DATA = new Set([
  'dataModel',
  'component',
  'displayValue',
  'optionLabel',
  'instanceContext',
  'frontendSettings',
  'externalApi',
  'argv',
  'value',
  'text',
  'jmespath',
  '_experimentalSelectAndMap',
]);

/**
 * Whether an expression's result may hold data: a text binding built from it that names no text is
 * then a value, shown as text. One made of literals only (`linkToPage` with a fixed text, an `if`
 * between two Markdown strings) is the author's own text and keeps its markup.
 */
export function expressionReadsData(expression: unknown): boolean {
  const pending: unknown[] = [expression];
  while (pending.length > 0) {
    const item = pending.pop();
    if (!Array.isArray(item)) continue;
    if (typeof item[0] === 'string' && READS_DATA.has(item[0])) return true;
    for (const part of item) pending.push(part);
  }
  return false;
}

/**
 * A resolved text used as a link target (a Link's `target`): each value URL-encoded, and undefined
 * when a value would pick the scheme or host (see `fillValueHref`).
 */
export function hrefOf(text: string): string | undefined {
  const { template, values } = splitValues(text);
  return fillValueHref(template, values);
}
