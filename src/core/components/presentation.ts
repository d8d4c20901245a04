import { formatNumberText } from '../tree/formatting.ts';
import type { ComponentTypeDefinition } from './definition.ts';

const shown = (...types: string[]): ComponentTypeDefinition[] =>
  types.map((type) => ({ type, category: 'presentation' }));

/** Components that only show something; Text, Number and Option show a value, which summaries list. */
export const presentationTypes: readonly ComponentTypeDefinition[] = [
  {
    type: 'Text',
    category: 'presentation',
    displayValue: (node) => node.evaluate('value', 'string', ''),
  },
  {
    type: 'Number',
    category: 'presentation',
    displayValue: (node, context) => {
      const value = node.evaluate('value', 'number', null);
      return value === null ? '' : formatNumberText(String(value), node.component.formatting, context.language);
    },
  },
  {
    type: 'Option',
    category: 'presentation',
    displayValue: (node, context) => {
      const value = node.evaluate('value', 'string', '');
      return value === '' ? '' : context.optionLabel(value);
    },
  },
  ...shown(
    'Header',
    'Paragraph',
    'Panel',
    'Alert',
    'Image',
    'Divider',
    'IFrame',
    'Audio',
    'Video',
    'InstanceInformation',
    'AttachmentList',
    'Summary',
    'Summary2',
  ),
];
