interface NumberSettings {
  thousandSeparator?: unknown;
  decimalSeparator?: unknown;
  decimalScale?: unknown;
  fixedDecimalScale?: unknown;
  prefix?: unknown;
  suffix?: unknown;
}

export interface NumberFormatting {
  currency?: string;
  unit?: string;
  position?: 'prefix' | 'suffix';
  number?: NumberSettings;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Formats a number like the reference's `formatting`: `currency` and `unit` follow the form's
 * language through Intl, and explicit `number` settings (separators, decimals, prefix, suffix)
 * override what the language would choose.
 */
export function formatNumber(value: number, formatting: NumberFormatting | undefined, language: string): string {
  const number = formatting?.number ?? {};
  const scale = typeof number.decimalScale === 'number' ? number.decimalScale : undefined;
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: scale ?? 20 };
  if (scale !== undefined && number.fixedDecimalScale === true) options.minimumFractionDigits = scale;
  if (formatting?.currency) Object.assign(options, { style: 'currency', currency: formatting.currency });
  else if (formatting?.unit) Object.assign(options, { style: 'unit', unit: formatting.unit });
  // Like react-number-format, plain numbers get thousand separators only when asked for.
  const symbolic = Boolean(formatting?.currency || formatting?.unit);
  if (number.thousandSeparator === false || (!symbolic && number.thousandSeparator === undefined)) {
    options.useGrouping = false;
  }
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(language, options).formatToParts(value);
  } catch {
    parts = new Intl.NumberFormat('en', { maximumFractionDigits: scale ?? 20 }).formatToParts(value);
  }
  // The schema makes the currency symbol a prefix unless `position` says otherwise; units keep the
  // language's own placement ("12,5 km") unless `position` is given.
  const position = formatting?.position ?? (formatting?.currency ? 'prefix' : undefined);
  const group = number.thousandSeparator === true ? ',' : text(number.thousandSeparator);
  const decimal = text(number.decimalSeparator);
  const symbols: string[] = [];
  let body = '';
  for (const part of parts) {
    if (part.type === 'group' && group !== undefined) body += group;
    else if (part.type === 'decimal' && decimal !== undefined) body += decimal;
    else if (position && (part.type === 'currency' || part.type === 'unit')) symbols.push(part.value);
    // The space between symbol and number is put back on the side `position` asks for.
    else if (position && part.type === 'literal' && part.value.trim() === '') continue;
    else body += part.value;
  }
  const symbol = symbols.join('');
  let result = body.trim();
  if (symbol) result = position === 'suffix' ? `${result} ${symbol}` : `${symbol} ${result}`;
  return `${text(number.prefix) ?? ''}${result}${text(number.suffix) ?? ''}`;
}
