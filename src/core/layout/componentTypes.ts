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

/** The v9 renames, as right as the v8 names (unlike legacy names or another case). */
const V9_NAMES = new Map<string, ComponentType>([
  ['Heading', 'Header'],
  ['OrganizationLookup', 'OrganisationLookup'],
]);

/**
 * Other names for the same components: the v9 renames and the legacy `AddressComponent`. Apps of
 * either format then share one internal name.
 */
const ALIASES = new Map<string, ComponentType>([
  ...[...V9_NAMES].map(([name, type]): [string, ComponentType] => [name.toLowerCase(), type]),
  ['addresscomponent', 'Address'],
]);

export function isCurrentAlias(type: string): boolean {
  return V9_NAMES.has(type);
}

/** Binding keys that were renamed together with their component type. */
export const BINDING_KEY_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  OrganisationLookup: {
    organization_lookup_orgnr: 'organisation_lookup_orgnr',
    organization_lookup_name: 'organisation_lookup_name',
  },
};

/** The canonical spelling of a known type (or alias), or undefined when the type is not one of the 61. */
export function canonicalComponentType(type: string): ComponentType | undefined {
  const lower = type.toLowerCase();
  return BY_LOWER_CASE.get(lower) ?? ALIASES.get(lower);
}
