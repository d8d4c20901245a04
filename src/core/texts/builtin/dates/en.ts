/**
 * Built-in UI texts of Datepicker and TimePicker, English.
 * Same keys as `nb.ts`.
 */
export const en: Record<string, string> = {
  'date_picker.invalid_date_message': 'Invalid date. Write the date as dd.mm.yyyy.',
  'date_picker.min_date_exeeded': 'The date is before the earliest allowed date',
  'date_picker.max_date_exeeded': 'The date is after the latest allowed date',
  'time_picker.invalid_time_message': 'Invalid time. Write the time as hh:mm.',
  'time_picker.min_time_exceeded': 'The time is before the earliest allowed time, {0}',
  'time_picker.max_time_exceeded': 'The time is after the latest allowed time, {0}',
  'date_picker.format_letters': 'dmy',
  'date_picker.format_hint': 'Enter the date as {0}',
  'date_picker.range_hint': 'The date must be between {0} and {1}.',
  'date_picker.open_calendar': 'Choose {0} in a calendar',
  'date_picker.open_calendar_unnamed': 'Choose a date in a calendar',
  'date_picker.calendar_title': 'Choose a date',
  'date_picker.previous_month': 'Previous month',
  'date_picker.next_month': 'Next month',
  'date_picker.calendar_keys':
    'The arrow keys move a day or a week, Page Up and Page Down a month. Enter chooses the date.',
  'date_picker.week': 'Week',
  'date_picker.week_number': 'Week {0}',
  'time_picker.format_hint': 'Enter the time as {0}',
  'time_picker.format_letters': 'hms',
  'time_picker.range_hint': 'The time must be between {0} and {1}.',
};
