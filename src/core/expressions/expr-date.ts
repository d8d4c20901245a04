/**
 * A parsed date-time that remembers which timezone its text stated. The language forbids mixing
 * zoned and unzoned values in comparisons, so the tag has to travel with the value.
 */
export type ExprTimezone = { readonly kind: 'local' } | { readonly kind: 'offset'; readonly minutes: number };

export interface ExprDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly timezone: ExprTimezone;
}

export function isExprDate(value: unknown): value is ExprDate {
  return typeof value === 'object' && value !== null && 'timezone' in value && 'millisecond' in value;
}

/** The instant a date denotes; unzoned dates are read in the runtime's local timezone. */
export function toJsDate(date: ExprDate): Date {
  if (date.timezone.kind === 'local') {
    const local = new Date(2000, 0, 1, date.hour, date.minute, date.second, date.millisecond);
    // setFullYear avoids the two-digit-year mapping the constructor applies to years 0-99.
    local.setFullYear(date.year, date.month - 1, date.day);
    return local;
  }
  const utc = Date.UTC(2000, 0, 1, date.hour, date.minute, date.second, date.millisecond);
  const asUtc = new Date(utc);
  asUtc.setUTCFullYear(date.year, date.month - 1, date.day);
  return new Date(asUtc.getTime() - date.timezone.minutes * 60_000);
}

export function sameTimezone(a: ExprTimezone, b: ExprTimezone): boolean {
  if (a.kind === 'local' || b.kind === 'local') return a.kind === b.kind;
  return a.minutes === b.minutes;
}
