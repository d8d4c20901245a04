export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

type Part = 'd' | 'M' | 'y';

/** The day, month and year tokens of a display format (`dd.MM.yyyy`), in order, and its separator. */
export function formatParts(format: string): { order: Part[]; separator: string } {
  const order = [...format.matchAll(/d+|M+|y+/g)].map((match) => match[0][0] as Part);
  const separator = /[^dMy]/.exec(format)?.[0] ?? '.';
  const complete = order.length === 3 && new Set(order).size === 3;
  return complete ? { order, separator } : { order: ['d', 'M', 'y'], separator: '.' };
}

export function formatDate(date: CalendarDate, format: string): string {
  const { order, separator } = formatParts(format);
  const values: Record<Part, string> = {
    d: String(date.day).padStart(2, '0'),
    M: String(date.month).padStart(2, '0'),
    y: String(date.year).padStart(4, '0'),
  };
  return order.map((part) => values[part]).join(separator);
}

/** A date typed in the display format; any non-digit separates, the year needs four digits. */
export function parseTyped(text: string, format: string): CalendarDate | undefined {
  const numbers = text.trim().split(/\D+/);
  const { order } = formatParts(format);
  if (numbers.length !== 3 || numbers.some((n) => n === '')) return undefined;
  const value = (part: Part) => Number(numbers[order.indexOf(part)]);
  if (numbers[order.indexOf('y')].length !== 4) return undefined;
  return valid({ year: value('y'), month: value('M'), day: value('d') });
}

/** The calendar date of a stored value (`yyyy-MM-dd` or an ISO date-time, whose own date is kept). */
export function parseStored(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  return valid({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/**
 * What is written to the data model: `yyyy-MM-dd`, or with `timeStamp` the local midnight as an ISO
 * date-time with the UTC offset (like the reference frontend's `formatISO`), so the date part never shifts.
 */
export function toStored(date: CalendarDate, timeStamp: boolean): string {
  const day = `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
  if (!timeStamp) return day;
  const offset = -new Date(date.year, date.month - 1, date.day).getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${day}T00:00:00${sign}${hours}:${minutes}`;
}

const KEYWORD_OFFSETS: Record<string, (today: Date) => Date> = {
  today: (today) => today,
  yesterday: (today) => addDays(today, -1),
  tomorrow: (today) => addDays(today, 1),
  oneYearAgo: (today) => new Date(today.getFullYear() - 1, today.getMonth(), today.getDate()),
  oneYearFromNow: (today) => new Date(today.getFullYear() + 1, today.getMonth(), today.getDate()),
};

/** `minDate`/`maxDate`: a keyword relative to today or a date string. */
export function resolveLimit(value: unknown, today: Date = new Date()): CalendarDate | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const keyword = KEYWORD_OFFSETS[value];
  if (keyword) {
    const date = keyword(today);
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  }
  return parseStored(value);
}

/**
 * The ISO 8601 week number: weeks start on Monday and week 1 is the one with the year's first
 * Thursday, so 31 December can be in week 1 and 1 January in week 52 or 53 of the year before.
 */
export function isoWeek(date: CalendarDate): number {
  const DAY = 86_400_000;
  const day = utcDay(date.year, date.month, date.day);
  const mondayBased = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = day + (3 - mondayBased) * DAY;
  const yearStart = utcDay(new Date(thursday).getUTCFullYear(), 1, 1);
  return Math.floor((thursday - yearStart) / DAY / 7) + 1;
}

/**
 * Midnight UTC of a day, in milliseconds: UTC so a daylight-saving change cannot make a day 23 or
 * 25 hours long, and through setUTCFullYear since Date.UTC reads years below 100 as 19xx.
 */
function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function valid(date: CalendarDate): CalendarDate | undefined {
  const probe = new Date(date.year, date.month - 1, date.day);
  const same = probe.getFullYear() === date.year && probe.getMonth() === date.month - 1 && probe.getDate() === date.day;
  return same && date.year >= 1 ? date : undefined;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
