export type ConversionResult = { ok: true; value: unknown } | { ok: false };

/**
 * Turns what a user typed into the JSON type the data model wants. A value that cannot be
 * converted (`abc` for a number) is reported as not ok, so the caller can keep the raw text
 * instead of silently losing it.
 */
export function convertForSchemaType(raw: string, type: string | undefined): ConversionResult {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  switch (type) {
    case 'integer': {
      const normalised = text.replace(/[\s\u00a0]/g, '');
      return /^[+-]?\d+$/.test(normalised) && Number.isSafeInteger(Number(normalised))
        ? { ok: true, value: Number(normalised) }
        : { ok: false };
    }
    case 'number': {
      // Norwegian users write a decimal comma; both separators are accepted when unambiguous.
      const normalised = text.replace(/[\s\u00a0]/g, '').replace(/,(?=\d+$)/, '.');
      return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised) && Number.isFinite(Number(normalised))
        ? { ok: true, value: Number(normalised) }
        : { ok: false };
    }
    case 'boolean':
      if (/^true$/i.test(text)) return { ok: true, value: true };
      if (/^false$/i.test(text)) return { ok: true, value: false };
      return { ok: false };
    default:
      return { ok: true, value: raw };
  }
}
