import type { ComponentTypeDefinition } from './definition.ts';

const ADDRESS_PARTS = ['careOf', 'address', 'houseNumber', 'zipCode', 'postPlace'];
const PERSON_NAME_PARTS = ['person_lookup_first_name', 'person_lookup_middle_name', 'person_lookup_last_name'];

/** Components that fill several bindings at once: an address, a person or an organisation looked up. */
export const lookupTypes: readonly ComponentTypeDefinition[] = [
  {
    type: 'Address',
    category: 'form',
    displayValue: (_node, context) => ADDRESS_PARTS.map(context.text).filter(Boolean).join(' '),
  },
  {
    type: 'PersonLookup',
    category: 'form',
    displayValue: (_node, context) => {
      const name = context.text('person_lookup_name') || PERSON_NAME_PARTS.map(context.text).filter(Boolean).join(' ');
      return [context.text('person_lookup_ssn'), name].filter(Boolean).join(', ');
    },
  },
  {
    type: 'OrganisationLookup',
    category: 'form',
    displayValue: (_node, context) =>
      [context.text('organisation_lookup_orgnr'), context.text('organisation_lookup_name')].filter(Boolean).join(', '),
  },
];
