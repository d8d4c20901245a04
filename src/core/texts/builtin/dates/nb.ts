/**
 * Built-in UI texts of Datepicker and TimePicker, Norwegian Bokmål: their fields and the validation messages of
 * their rules. Loaded only by forms with one of those types (`../builtinTextsLoader.ts`); see
 * `../nb.ts` for what built-in texts are. `nn.ts` and `en.ts` have the same keys.
 */
export const nb: Record<string, string> = {
  'date_picker.invalid_date_message': 'Ugyldig dato. Skriv datoen som dd.mm.åååå.',
  'date_picker.min_date_exeeded': 'Datoen er før tidligste tillatte dato',
  'date_picker.max_date_exeeded': 'Datoen er etter seneste tillatte dato',
  'time_picker.invalid_time_message': 'Ugyldig klokkeslett. Skriv klokkeslettet som tt:mm.',
  'time_picker.min_time_exceeded': 'Klokkeslettet er før tidligste tillatte tid, {0}',
  'time_picker.max_time_exceeded': 'Klokkeslettet er etter seneste tillatte tid, {0}',
  /** Letters for day, month and year in the format hint (dd.mm.åååå). */
  'date_picker.format_letters': 'dmå',
  /** {0} = the date format, e.g. dd.mm.åååå. */
  'date_picker.format_hint': 'Skriv datoen som {0}',
  /** {0} = earliest date, {1} = latest date. */
  'date_picker.range_hint': 'Datoen må være mellom {0} og {1}.',
  /** The button beside a date field; {0} = the field's title. */
  'date_picker.open_calendar': 'Velg {0} i kalender',
  /** The same button beside a date field without a title or other name. */
  'date_picker.open_calendar_unnamed': 'Velg dato i kalender',
  'date_picker.calendar_title': 'Velg dato',
  'date_picker.previous_month': 'Forrige måned',
  'date_picker.next_month': 'Neste måned',
  'date_picker.calendar_keys':
    'Piltastene flytter en dag eller uke, Page Up og Page Down en måned. Enter velger datoen.',
  'date_picker.week': 'Uke',
  /** {0} = an ISO week number, the name of a calendar row. */
  'date_picker.week_number': 'Uke {0}',
  /** {0} = the time format, e.g. tt:mm. */
  'time_picker.format_hint': 'Skriv klokkeslettet som {0}',
  /** Letters for hours, minutes and seconds in the format hint. */
  'time_picker.format_letters': 'tms',
  /** {0} = earliest time, {1} = latest time. */
  'time_picker.range_hint': 'Klokkeslettet må være mellom {0} og {1}.',
};
