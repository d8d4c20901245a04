import type { LayoutNode } from '../tree/types.ts';
import type {
  ComponentRuleContext,
  ComponentRuleFinding,
  ComponentTypeDefinition,
  DisplayValueContext,
} from './definition.ts';
import { asText } from './values.ts';

/** The names of the files uploaded through the component: data elements of the data type named as its id. */
function fileNames(node: LayoutNode, context: DisplayValueContext): string {
  return context
    .dataElements()
    .filter((element) => element.dataType === node.baseId)
    .map((element) => asText(element.filename))
    .join(', ');
}

/** `minNumberOfAttachments` and `maxNumberOfAttachments` (0: no limit). */
function attachmentCount(node: LayoutNode, context: ComponentRuleContext): ComponentRuleFinding[] {
  const count = context.attachmentsCount(node);
  const min = node.evaluate('minNumberOfAttachments', 'number', 0) ?? 0;
  const max = node.evaluate('maxNumberOfAttachments', 'number', null);
  if (count < min)
    return [{ textKey: 'form_filler.file_uploader_validation_error_file_number', params: [String(min)] }];
  if (max !== null && max > 0 && count > max)
    return [{ textKey: 'form_filler.file_uploader_validation_error_exceeds_max_files', params: [String(max)] }];
  return [];
}

const upload = {
  category: 'form',
  displayValue: fileNames,
  rules: attachmentCount,
  outsideData: 'attachments',
} as const satisfies Omit<ComponentTypeDefinition, 'type'>;

/** Uploads: their files are data elements outside the form data, counted by the host. */
export const attachmentTypes: readonly ComponentTypeDefinition[] = [
  { type: 'FileUpload', ...upload },
  { type: 'FileUploadWithTag', ...upload },
  { type: 'ImageUpload', category: 'form', displayValue: fileNames },
];
