/**
 * Built-in UI texts of Datepicker and TimePicker, Norwegian Nynorsk.
 * Same keys as `nb.ts`.
 */
export const nn: Record<string, string> = {
  'date_picker.invalid_date_message': 'Ugyldig dato. Skriv datoen som dd.mm.åååå.',
  'date_picker.min_date_exeeded': 'Datoen er før tidlegaste tillatne dato',
  'date_picker.max_date_exeeded': 'Datoen er etter seinaste tillatne dato',
  'time_picker.invalid_time_message': 'Ugyldig klokkeslett. Skriv klokkeslettet som tt:mm.',
  'time_picker.min_time_exceeded': 'Klokkeslettet er før tidlegaste tillatne tid, {0}',
  'time_picker.max_time_exceeded': 'Klokkeslettet er etter seinaste tillatne tid, {0}',
  'date_picker.format_letters': 'dmå',
  'date_picker.format_hint': 'Skriv datoen som {0}',
  'date_picker.range_hint': 'Datoen må vere mellom {0} og {1}.',
  'date_picker.open_calendar': 'Vel {0} i kalender',
  'date_picker.open_calendar_unnamed': 'Vel dato i kalender',
  'date_picker.calendar_title': 'Vel dato',
  'date_picker.previous_month': 'Førre månad',
  'date_picker.next_month': 'Neste månad',
  'date_picker.calendar_keys':
    'Piltastane flyttar ein dag eller veke, Page Up og Page Down ein månad. Enter vel datoen.',
  'date_picker.week': 'Veke',
  'date_picker.week_number': 'Veke {0}',
  'time_picker.format_hint': 'Skriv klokkeslettet som {0}',
  'time_picker.format_letters': 'tms',
  'time_picker.range_hint': 'Klokkeslettet må vere mellom {0} og {1}.',
};
