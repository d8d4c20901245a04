import { chosenRows, rowChoiceOf } from '../rows/optionRows.ts';
import { dataElementsOf } from './instanceData.ts';
import type { LayoutNodeImpl } from './layoutNode.ts';
import { findOption, optionsOf, optionText } from './options.ts';
import type { TreeRuntime } from './runtime.ts';
import { formatDateText, formatLocationText, formatNumberText, formatTimeText } from './formatting.ts';

const WITH_DISPLAY_VALUE = new Set([
  'Address',
  'Checkboxes',
  'Custom',
  'Date',
  'Datepicker',
  'Dropdown',
  'FileUpload',
  'FileUploadWithTag',
  'ImageUpload',
  'Input',
  'LikertItem',
  'List',
  'Map',
  'MultipleSelect',
  'Number',
  'Option',
  'OrganisationLookup',
  'PersonLookup',
  'RadioButtons',
  'Text',
  'TextArea',
  'TimePicker',
]);

/** Whether `["displayValue", id]` is defined for the type (containers and presentation have none). */
export function hasDisplayValue(type: string): boolean {
  return WITH_DISPLAY_VALUE.has(type);
}

function text(value: unknown): string {
  if (value === undefined || value === null || typeof value === 'object') return '';
  return String(value);
}

/**
 * The label of each chosen value of a multi-value component (Checkboxes, MultipleSelect), for
 * summaries that list them one by one; null for other types.
 */
export function displayValuePartsOf(node: LayoutNodeImpl, runtime: TreeRuntime): string[] | null {
  if (node.type !== 'Checkboxes' && node.type !== 'MultipleSelect') return null;
  const values = chosenValues(node, runtime);
  if (values.length === 0) return [];
  const options = optionsOf(runtime, node);
  const site = { page: node.page, node, location: node.location };
  return values.map((part) => {
    const option = findOption(options, part.trim());
    return option ? optionText(runtime, site, String(option.label ?? '')) : part.trim();
  });
}

/** Chosen values: the comma-separated `simpleBinding`, or with a `group` binding its chosen rows. */
function chosenValues(node: LayoutNodeImpl, runtime: TreeRuntime): string[] {
  const choice = rowChoiceOf(node.bindings, ['simpleBinding']);
  if (choice) {
    const { dataType, field } = choice.group;
    if (!runtime.stores[dataType]) return [];
    return chosenRows(runtime.readData(dataType, field), choice).map((row) => row.simpleBinding ?? '');
  }
  const binding = node.bindings.simpleBinding;
  const value =
    binding && runtime.stores[binding.dataType] ? text(runtime.readData(binding.dataType, binding.field)) : '';
  return value === '' ? [] : value.split(',');
}

/** The text a component shows for its value (option labels, formatted numbers and dates…). */
export function displayValueOf(node: LayoutNodeImpl, runtime: TreeRuntime): string | null {
  if (!hasDisplayValue(node.type)) return null;
  const read = (key: string): string => {
    const binding = node.bindings[key];
    if (!binding || !runtime.stores[binding.dataType]) return '';
    return text(runtime.readData(binding.dataType, binding.field));
  };
  const site = { page: node.page, node, location: node.location };
  const label = (value: string): string => {
    const option = findOption(optionsOf(runtime, node), value);
    return option ? optionText(runtime, site, String(option.label ?? '')) : value;
  };
  const language = runtime.environment.language ?? 'nb';
  const component = node.component;
  const dateFormat = typeof component.format === 'string' ? component.format : 'dd.MM.yyyy';
  switch (node.type) {
    case 'Input':
      return formatNumberText(read('simpleBinding'), component.formatting, language);
    case 'Dropdown':
    case 'RadioButtons':
    case 'LikertItem': {
      const value = read('simpleBinding');
      return value === '' ? '' : label(value);
    }
    case 'Checkboxes':
    case 'MultipleSelect':
      return (displayValuePartsOf(node, runtime) ?? []).join(', ');
    case 'Datepicker':
      return formatDateText(read('simpleBinding'), dateFormat, language);
    case 'TimePicker':
      return formatTimeText(read('simpleBinding'), typeof component.format === 'string' ? component.format : 'HH:mm');
    case 'Map':
      return formatLocationText(read('simpleBinding'));
    case 'Date':
      return formatDateText(node.evaluate('value', 'string', ''), dateFormat, language);
    case 'Text':
      return node.evaluate('value', 'string', '');
    case 'Number': {
      const value = node.evaluate('value', 'number', null);
      return value === null ? '' : formatNumberText(String(value), component.formatting, language);
    }
    case 'Option': {
      const value = node.evaluate('value', 'string', '');
      return value === '' ? '' : label(value);
    }
    case 'Address':
      return ['careOf', 'address', 'houseNumber', 'zipCode', 'postPlace'].map(read).filter(Boolean).join(' ');
    case 'PersonLookup': {
      const name =
        read('person_lookup_name') ||
        ['person_lookup_first_name', 'person_lookup_middle_name', 'person_lookup_last_name']
          .map(read)
          .filter(Boolean)
          .join(' ');
      return [read('person_lookup_ssn'), name].filter(Boolean).join(', ');
    }
    case 'OrganisationLookup':
      return [read('organisation_lookup_orgnr'), read('organisation_lookup_name')].filter(Boolean).join(', ');
    case 'FileUpload':
    case 'FileUploadWithTag':
    case 'ImageUpload':
      return dataElementsOf(runtime.environment)
        .filter((element) => element.dataType === node.baseId)
        .map((element) => text(element.filename))
        .join(', ');
    case 'List': {
      const shown = component.bindingToShowInSummary;
      const summaryKey =
        typeof component.summaryBinding === 'string' && node.bindings[component.summaryBinding]
          ? component.summaryBinding
          : typeof shown === 'string'
            ? Object.keys(node.bindings).find((candidate) => node.bindings[candidate].field === shown)
            : undefined;
      const choice = rowChoiceOf(node.bindings);
      if (choice) {
        // The object-list mode: one entry per chosen row, its summary column or all its columns.
        const rows = runtime.stores[choice.group.dataType]
          ? chosenRows(runtime.readData(choice.group.dataType, choice.group.field), choice)
          : [];
        return rows
          .map((row) => (summaryKey ? row[summaryKey] : Object.values(row).filter(Boolean).join(' ')))
          .filter(Boolean)
          .join(', ');
      }
      if (summaryKey) return read(summaryKey);
      return Object.keys(node.bindings).map(read).filter(Boolean).join(', ');
    }
    default:
      return Object.keys(node.bindings).map(read).filter(Boolean).join(', ');
  }
}
