import { formatDate } from '../../../core/expressions/format-date.ts';
import { parseDate } from '../../../core/expressions/parse-date.ts';

/**
 * Formats an ISO date (`2026-05-17`, `2026-05-17T12:00:00Z`) with a Unicode pattern, as the
 * `formatDate` expression does. Moment-style `DD`/`YYYY`, common in older apps, mean `dd`/`yyyy`.
 * A value that is not a date, or a pattern with unknown tokens, shows the value unchanged.
 */
export function formatDateValue(value: string, pattern: string | undefined, language: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  try {
    const date = parseDate(trimmed);
    if (!date) return '';
    const unicode = (pattern ?? 'dd.MM.yyyy').replace(/D/g, 'd').replace(/Y/g, 'y');
    return formatDate(date, unicode, language);
  } catch {
    return trimmed;
  }
}
