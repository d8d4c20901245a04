import { Button, Dialog, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { compareDates, isoWeek, type CalendarDate } from './dates.ts';

interface CalendarDialogProps {
  open: boolean;
  /** The stored date, if any: it is shown pressed and opens its month. */
  value: CalendarDate | undefined;
  min: CalendarDate;
  max: CalendarDate;
  onChoose(date: CalendarDate): void;
  onClose(): void;
}

const LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * A month grid in a modal dialog, after the date picker dialog pattern of the ARIA Authoring
 * Practices: one day is in the tab order, the arrow keys move by day and week, Home/End to the
 * week's ends, Page Up/Down by month (with Shift by year). Days outside min/max can be reached
 * but not chosen, so moving through them stays predictable. Each week row is headed by its ISO week
 * number, which screen readers hear as "Week 20" when moving into the row, not as a bare number.
 */
export function CalendarDialog({ open, value, min, max, onChoose, onClose }: CalendarDialogProps) {
  const texts = useTextResolver();
  const locale = LOCALES[texts.language] ?? texts.language;
  const [active, setActive] = useState<CalendarDate>(() => clamp(value ?? today(), min, max));
  const grid = useRef<HTMLTableElement>(null);
  const titleId = useId();
  const monthId = useId();
  const keysId = useId();
  const wasOpen = useRef(false);
  // Focus follows the active day on opening and on keys in the grid, not on the month buttons.
  const focusGrid = useRef(false);

  useEffect(() => {
    if (open && !wasOpen.current) {
      setActive(clamp(value ?? today(), min, max));
      focusGrid.current = true;
    }
    wasOpen.current = open;
    // Only opening resets the active day; later value changes come from this dialog itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  useEffect(() => {
    if (!open || !focusGrid.current) return;
    focusGrid.current = false;
    grid.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [open, active]);

  const move = (date: CalendarDate) => setActive(valid(date));
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const steps: Record<string, () => CalendarDate> = {
      ArrowLeft: () => addDays(active, -1),
      ArrowRight: () => addDays(active, 1),
      ArrowUp: () => addDays(active, -7),
      ArrowDown: () => addDays(active, 7),
      Home: () => addDays(active, -weekday(active)),
      End: () => addDays(active, 6 - weekday(active)),
      PageUp: () => addMonths(active, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(active, event.shiftKey ? 12 : 1),
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    focusGrid.current = true;
    move(step());
  };
  const choose = (date: CalendarDate) => {
    if (!within(date, min, max)) return;
    onChoose(date);
  };

  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const monthLabel = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long' });
  // 1 January 2024 was a Monday: the week starts on Monday, as in Norway.
  const weekdays = Array.from({ length: 7 }, (_, index) => new Date(2024, 0, 1 + index));
  const first = { ...active, day: 1 };
  const lead = weekday(first);
  const length = daysInMonth(active.year, active.month);
  const cells: (CalendarDate | undefined)[] = [
    ...Array.from({ length: lead }, () => undefined),
    ...Array.from({ length }, (_, index) => ({ ...active, day: index + 1 })),
  ];
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks = Array.from({ length: cells.length / 7 }, (_, index) => cells.slice(index * 7, index * 7 + 7));
  const now = today();

  return (
    <Dialog
      open={open}
      onClose={onClose}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
      closeButton={false}
      aria-labelledby={titleId}
      aria-describedby={keysId}
      className="skjema-calendar"
    >
      <Heading id={titleId} level={2} data-size="2xs">
        {texts.resolve('date_picker.calendar_title')}
      </Heading>
      <div className="skjema-calendar-month">
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={() => move(addMonths(active, -1))}
          aria-label={texts.resolve('date_picker.previous_month')}
        >
          ‹
        </Button>
        <Paragraph id={monthId} aria-live="polite" data-size="sm">
          {monthLabel.format(toJs(active))}
        </Paragraph>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={() => move(addMonths(active, 1))}
          aria-label={texts.resolve('date_picker.next_month')}
        >
          ›
        </Button>
      </div>
      <table ref={grid} role="grid" aria-labelledby={monthId} className="skjema-calendar-grid" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col" className="skjema-calendar-week">
              {texts.resolve('date_picker.week')}
            </th>
            {weekdays.map((day) => (
              <th key={day.getDay()} scope="col" abbr={weekdayLong.format(day)}>
                {weekdayShort.format(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, row) => (
            <tr key={row}>
              <WeekHeader week={weekOf(week)} />
              {week.map((date, column) => {
                if (!date) return <td key={column} />;
                const isActive = compareDates(date, active) === 0;
                const chosen = value !== undefined && compareDates(date, value) === 0;
                const allowed = within(date, min, max);
                return (
                  <td key={column} aria-selected={chosen}>
                    <Button
                      type="button"
                      variant={chosen ? 'primary' : 'tertiary'}
                      data-size="sm"
                      tabIndex={isActive ? 0 : -1}
                      aria-label={dayLabel.format(toJs(date))}
                      aria-current={compareDates(date, now) === 0 ? 'date' : undefined}
                      aria-disabled={allowed ? undefined : true}
                      onClick={() => choose(date)}
                      onFocus={() => isActive || setActive(date)}
                    >
                      {date.day}
                    </Button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Paragraph id={keysId} data-size="xs" className="skjema-calendar-keys">
        {texts.resolve('date_picker.calendar_keys')}
      </Paragraph>
      <div className="skjema-button-row">
        <Button type="button" variant="secondary" data-size="sm" onClick={onClose}>
          {texts.resolve('general.close')}
        </Button>
      </div>
    </Dialog>
  );
}

/** The row header of a week: the number is what sighted users see, "Week 20" what is read out. */
function WeekHeader({ week }: { week: number }) {
  const texts = useTextResolver();
  return (
    <th scope="row" className="skjema-calendar-week">
      <span aria-hidden="true">{week}</span>
      <span className="ds-sr-only">{texts.resolve('date_picker.week_number', { params: [String(week)] })}</span>
    </th>
  );
}

/** Every day of a Monday-to-Sunday row shares one ISO week; a row always holds at least one day. */
function weekOf(row: readonly (CalendarDate | undefined)[]): number {
  const day = row.find((date) => date !== undefined);
  return day ? isoWeek(day) : 0;
}

function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function toJs(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day);
}

function valid(date: CalendarDate): CalendarDate {
  const js = toJs(date);
  return { year: js.getFullYear(), month: js.getMonth() + 1, day: js.getDate() };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  return valid({ ...date, day: date.day + days });
}

/** The same day in another month, or that month's last day (31 January + 1 month = 28/29 February). */
function addMonths(date: CalendarDate, months: number): CalendarDate {
  const target = valid({ year: date.year, month: date.month + months, day: 1 });
  return { ...target, day: Math.min(date.day, daysInMonth(target.year, target.month)) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** 0 for Monday … 6 for Sunday. */
function weekday(date: CalendarDate): number {
  return (toJs(date).getDay() + 6) % 7;
}

function within(date: CalendarDate, min: CalendarDate, max: CalendarDate): boolean {
  return compareDates(date, min) >= 0 && compareDates(date, max) <= 0;
}

function clamp(date: CalendarDate, min: CalendarDate, max: CalendarDate): CalendarDate {
  if (compareDates(date, min) < 0) return min;
  if (compareDates(date, max) > 0) return max;
  return date;
}
