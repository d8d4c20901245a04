/**
 * The 61 component types of layout.schema.v1.json. Apps write them in any case (`input`, `INPUT`),
 * so lookups go through `canonicalComponentType`.
 */
export const COMPONENT_TYPES = [
  'Accordion',
  'AccordionGroup',
  'ActionButton',
  'Address',
  'AddToList',
  'Alert',
  'AttachmentList',
  'Audio',
  'Button',
  'ButtonGroup',
  'Cards',
  'Checkboxes',
  'Custom',
  'CustomButton',
  'Date',
  'Datepicker',
  'Divider',
  'Dropdown',
  'FileUpload',
  'FileUploadWithTag',
  'Grid',
  'Group',
  'Header',
  'IFrame',
  'Image',
  'ImageUpload',
  'Input',
  'InstanceInformation',
  'InstantiationButton',
  'Likert',
  'LikertItem',
  'Link',
  'List',
  'Map',
  'MultipleSelect',
  'NavigationBar',
  'NavigationButtons',
  'Number',
  'Option',
  'OrganisationLookup',
  'Panel',
  'Paragraph',
  'Payment',
  'PaymentDetails',
  'PDFPreviewButton',
  'PersonLookup',
  'PrintButton',
  'RadioButtons',
  'RepeatingGroup',
  'SigneeList',
  'SigningActions',
  'SigningDocumentList',
  'SimpleTable',
  'Subform',
  'Summary',
  'Summary2',
  'Tabs',
  'Text',
  'TextArea',
  'TimePicker',
  'Video',
] as const;

export type ComponentType = (typeof COMPONENT_TYPES)[number];

const BY_LOWER_CASE = new Map<string, ComponentType>(COMPONENT_TYPES.map((type) => [type.toLowerCase(), type]));

/** The canonical spelling of a known type, or undefined when the type is not one of the 61. */
export function canonicalComponentType(type: string): ComponentType | undefined {
  return BY_LOWER_CASE.get(type.toLowerCase());
}

/** Types whose rows repeat per array item in the data model. */
export const REPEATING_TYPES: ReadonlySet<string> = new Set<ComponentType>(['RepeatingGroup', 'Likert']);
