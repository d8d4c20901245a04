import type { NumberFormatting } from './formatting.ts';

/**
 * Number entry for Input with `formatting`: while the field has focus the user edits a plain
 * number in their language's notation; the data model always gets the canonical `1234.5`. Shown
 * without focus, the value is formatted (formatNumberText), like the reference frontend's
 * react-number-format fields but without moving the caret under the user's fingers.
 */
interface InputFormatting {
  readonly number?: NumberFormatting & { readonly allowNegative?: boolean };
}

const SPACES = /[\s\u00a0\u202f]/g;

/** The decimal mark of a language, `,` for nb/nn, `.` for en. */
export function decimalMark(language: string): string {
  try {
    return new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    return '.';
  }
}

/** The stored value as the user edits it: `1234.5` → `1234,5` in Norwegian. */
export function editableNumberText(stored: string, formatting: unknown, language: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(stored.trim())) return stored;
  const mark = numberSettings(formatting)?.decimalSeparator ?? decimalMark(language);
  return stored.trim().replace('.', mark);
}

/**
 * What the user typed as a canonical number string, or undefined when it is no number (then the
 * caller stores the text as it is, so validation can say so and nothing typed is lost).
 */
export function parseNumberText(typed: string, formatting: unknown, language: string): string | undefined {
  const settings = numberSettings(formatting);
  let text = typed.trim();
  if (settings?.prefix && text.startsWith(settings.prefix)) text = text.slice(settings.prefix.length);
  if (settings?.suffix && text.endsWith(settings.suffix)) text = text.slice(0, -settings.suffix.length);
  const group =
    settings?.thousandSeparator === true
      ? ','
      : typeof settings?.thousandSeparator === 'string'
        ? settings.thousandSeparator
        : undefined;
  if (group) text = text.split(group).join('');
  text = text.replace(SPACES, '');
  // `10.000,25` or `10,000.25` without a configured separator: the last mark is the decimal one.
  if (!group && text.includes('.') && text.includes(',')) {
    const last = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    text = text.split(last === '.' ? ',' : '.').join('');
  }
  const mark = settings?.decimalSeparator ?? decimalMark(language);
  // Both marks are taken as decimals when neither groups digits: people type `1.5` in nb too.
  const marks = [...new Set([mark, '.', ','])].filter((candidate) => candidate !== group);
  let decimal: string | undefined;
  for (const candidate of marks) {
    if (!text.includes(candidate)) continue;
    if (decimal !== undefined || text.indexOf(candidate) !== text.lastIndexOf(candidate)) return undefined;
    decimal = candidate;
  }
  if (decimal) text = text.replace(decimal, '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  if (text.startsWith('-') && settings?.allowNegative === false) return undefined;
  const [integer, fraction = ''] = text.split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  const digits = integer.replace('-', '').replace(/^0+(?=\d)/, '') || '0';
  const significant = fraction.replace(/0+$/, '');
  const canonical = significant ? `${digits}.${significant}` : digits;
  return canonical === '0' ? '0' : `${sign}${canonical}`;
}

function numberSettings(formatting: unknown): InputFormatting['number'] | undefined {
  if (formatting === null || typeof formatting !== 'object') return undefined;
  const number = (formatting as InputFormatting).number;
  return number !== null && typeof number === 'object' ? number : undefined;
}
