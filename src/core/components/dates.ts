import { formatDateText, formatTimeText } from '../tree/formatting.ts';
import type { LayoutNode } from '../tree/types.ts';
import { timePickerRules } from '../validation/timeRules.ts';
import type { ComponentRuleContext, ComponentRuleFinding, ComponentTypeDefinition } from './definition.ts';
import { stringProperty } from './values.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Datepicker: a real date, inside `minDate`/`maxDate` (default 1900–2100). */
function datepickerRules(node: LayoutNode, context: ComponentRuleContext): ComponentRuleFinding[] {
  const binding = node.bindings.simpleBinding;
  if (!binding) return [];
  const text = context.data.text(binding).trim();
  if (text === '') return [];
  const date = isoDateOf(text);
  if (!date) return [{ textKey: 'date_picker.invalid_date_message', params: [], bindingKey: 'simpleBinding' }];
  const today = context.today();
  const min = limitDate(node.evaluate('minDate', 'string', null), today) ?? '1900-01-01';
  const max = limitDate(node.evaluate('maxDate', 'string', null), today) ?? '2100-01-01';
  if (date < min) return [{ textKey: 'date_picker.min_date_exeeded', params: [min], bindingKey: 'simpleBinding' }];
  if (date > max) return [{ textKey: 'date_picker.max_date_exeeded', params: [max], bindingKey: 'simpleBinding' }];
  return [];
}

/** `yyyy-MM-dd` of a stored date or timestamp, or undefined when it is not a real date. */
function isoDateOf(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (text.length > 10 && Number.isNaN(Date.parse(text))) return undefined;
  return text.slice(0, 10);
}

const RELATIVE: Readonly<Record<string, (today: Date) => Date>> = {
  today: (d) => d,
  yesterday: (d) => shift(d, 0, -1),
  tomorrow: (d) => shift(d, 0, 1),
  oneYearAgo: (d) => shift(d, -12, 0),
  oneYearFromNow: (d) => shift(d, 12, 0),
};

function limitDate(value: string | null, today: Date): string | undefined {
  if (!value) return undefined;
  const relative = RELATIVE[value];
  if (relative) return localIso(relative(today));
  return isoDateOf(value.trim());
}

function shift(date: Date, months: number, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth() + months, date.getDate() + days);
}

function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DATE_FORMAT = 'dd.MM.yyyy';

/** Date and time fields, and the Date value shown as text. */
export const dateTypes: readonly ComponentTypeDefinition[] = [
  {
    type: 'Datepicker',
    category: 'form',
    bindings: { simple: 'simpleBinding' },
    displayValue: (node, context) =>
      formatDateText(context.text('simpleBinding'), stringProperty(node, 'format', DATE_FORMAT), context.language),
    rules: datepickerRules,
  },
  {
    type: 'TimePicker',
    category: 'form',
    bindings: { simple: 'simpleBinding' },
    displayValue: (node, context) =>
      formatTimeText(context.text('simpleBinding'), stringProperty(node, 'format', 'HH:mm')),
    rules: (node, context) => timePickerRules(node, context.data),
  },
  {
    type: 'Date',
    category: 'presentation',
    displayValue: (node, context) =>
      formatDateText(
        node.evaluate('value', 'string', ''),
        stringProperty(node, 'format', DATE_FORMAT),
        context.language,
      ),
  },
];
