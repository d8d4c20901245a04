export interface ClockTime {
  hours: number;
  minutes: number;
  seconds: number;
}

/** A typed time: `9:30`, `0930`, `21.30.15`, `9:30 pm`; undefined when it is none. */
export function parseTime(text: string): ClockTime | undefined {
  const match = /^(\d{1,2})[:.]?(\d{2})(?:[:.]?(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] ? Number(match[3]) : 0;
  const meridiem = match[4]?.[0].toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return { hours, minutes, seconds };
}

/** Formats for `HH:mm`, `HH:mm:ss`, `hh:mm a` and `hh:mm:ss a`. */
export function formatTime(time: ClockTime, format: string): string {
  const twelve = /a/.test(format);
  const hours = twelve ? time.hours % 12 || 12 : time.hours;
  const parts = [hours, time.minutes, ...(/s/.test(format) ? [time.seconds] : [])];
  const clock = parts.map((part) => String(part).padStart(2, '0')).join(':');
  return twelve ? `${clock} ${time.hours < 12 ? 'AM' : 'PM'}` : clock;
}
