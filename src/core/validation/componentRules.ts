import type { FormData } from '../data/formData.ts';
import type { LayoutNode } from '../tree/types.ts';
import { ValidationMask } from './masks.ts';
import { subformFindings, type SubformEntriesState } from './subformRules.ts';
import { timePickerRules } from './timeRules.ts';
import type { NodeIssue, Severity } from './types.ts';

export interface ComponentRuleContext {
  readonly data: FormData;
  readonly attachmentsCount: (node: LayoutNode) => number;
  readonly subformEntries: (node: LayoutNode) => SubformEntriesState | undefined;
  readonly today: () => Date;
}

type Found = { textKey: string; params: string[]; bindingKey?: string; severity?: Severity; category?: number };

/** Checks a component makes on its own value, apart from the data model's schema (§4.5). */
export function componentIssues(node: LayoutNode, context: ComponentRuleContext): NodeIssue[] {
  const found = rulesFor(node, context);
  return found.map(({ textKey, params, bindingKey, severity, category }) => {
    const binding = bindingKey ? node.bindings[bindingKey] : undefined;
    return {
      key: `component|${node.id}|${textKey}`,
      nodeId: node.id,
      baseId: node.baseId,
      page: node.page,
      bindingKey,
      severity: severity ?? 'error',
      source: 'component',
      category: category ?? ValidationMask.Component,
      textKey,
      params,
      dataType: binding?.dataType,
      field: binding?.field,
    };
  });
}

function rulesFor(node: LayoutNode, context: ComponentRuleContext): Found[] {
  switch (node.type) {
    case 'Input':
    case 'TextArea':
      return maxLength(node, context.data);
    case 'Datepicker':
      return datepicker(node, context);
    case 'TimePicker':
      return timePickerRules(node, context.data);
    case 'RepeatingGroup':
      return rowCount(node);
    case 'FileUpload':
    case 'FileUploadWithTag':
      return attachments(node, context.attachmentsCount(node));
    case 'Subform':
      return subformFindings(context.subformEntries(node));
    default:
      return [];
  }
}

function maxLength(node: LayoutNode, data: FormData): Found[] {
  const limit = node.component.maxLength;
  const binding = node.bindings.simpleBinding;
  if (typeof limit !== 'number' || !binding) return [];
  return data.text(binding).length > limit
    ? [{ textKey: 'validation_errors.maxLength', params: [String(limit)], bindingKey: 'simpleBinding' }]
    : [];
}

function rowCount(node: LayoutNode): Found[] {
  const rows = node.rows?.length ?? 0;
  const min = node.component.minCount;
  const max = node.component.maxCount;
  if (typeof min === 'number' && rows < min)
    return [{ textKey: 'validation_errors.minItems', params: [String(min)], bindingKey: 'group' }];
  if (typeof max === 'number' && rows > max)
    return [{ textKey: 'validation_errors.maxItems', params: [String(max)], bindingKey: 'group' }];
  return [];
}

function attachments(node: LayoutNode, count: number): Found[] {
  const min = node.evaluate('minNumberOfAttachments', 'number', 0) ?? 0;
  const max = node.evaluate('maxNumberOfAttachments', 'number', null);
  if (count < min)
    return [{ textKey: 'form_filler.file_uploader_validation_error_file_number', params: [String(min)] }];
  if (max !== null && max > 0 && count > max)
    return [{ textKey: 'form_filler.file_uploader_validation_error_exceeds_max_files', params: [String(max)] }];
  return [];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

function datepicker(node: LayoutNode, context: ComponentRuleContext): Found[] {
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
