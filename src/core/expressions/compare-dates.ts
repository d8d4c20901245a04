import { ExpressionRuntimeError } from './errors.ts';
import { sameTimezone, toJsDate, type ExprDate } from './expr-date.ts';

const fieldsOf = (d: ExprDate) => [d.year, d.month, d.day, d.hour, d.minute, d.second, d.millisecond];

/**
 * Negative, zero or positive like a sort comparator. Two unzoned dates compare by their written
 * fields; two zoned ones by instant; a mix has no meaningful order.
 */
export function compareDates(a: ExprDate, b: ExprDate): number {
  const aLocal = a.timezone.kind === 'local';
  const bLocal = b.timezone.kind === 'local';
  if (aLocal !== bLocal) throw new ExpressionRuntimeError('Can not compare timestamps where only one specify timezone');
  if (!aLocal) return toJsDate(a).getTime() - toJsDate(b).getTime();
  const aFields = fieldsOf(a);
  const bFields = fieldsOf(b);
  for (let i = 0; i < aFields.length; i++) {
    if (aFields[i] !== bFields[i]) return aFields[i] - bFields[i];
  }
  return 0;
}

/** Same calendar day as written; only defined when both sides state the same timezone (or none). */
export function isSameDay(a: ExprDate, b: ExprDate): boolean {
  if ((a.timezone.kind === 'local') !== (b.timezone.kind === 'local')) {
    throw new ExpressionRuntimeError('Can not compare timestamps where only one specify timezone');
  }
  if (!sameTimezone(a.timezone, b.timezone)) {
    throw new ExpressionRuntimeError('Can not figure out if timestamps in different timezones are in the same day');
  }
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
