import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { LookupService } from '../../../core/services/lookups.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { LookupForm } from './LookupForm.tsx';

const BINDINGS = [
  'person_lookup_ssn',
  'person_lookup_name',
  'person_lookup_first_name',
  'person_lookup_middle_name',
  'person_lookup_last_name',
] as const;

/** Finds a person by national identity number and surname; the ssn and the names go to the bindings. */
export function PersonLookup({ node }: SkjemaComponentProps) {
  const { session } = useFormContext();
  const lookups: LookupService = useFormServices();
  const texts = useTextResolver();
  const ssn = useBinding(node, 'person_lookup_ssn');
  const name = useBinding(node, 'person_lookup_name');
  const write = (values: Partial<Record<(typeof BINDINGS)[number], string>>) => {
    for (const key of BINDINGS) {
      const binding = node.bindings[key];
      if (binding) session.write({ node, binding, text: values[key] ?? '' });
    }
  };
  const found = ssn.text !== '' && (name.text !== '' || !node.bindings.person_lookup_name);
  return (
    <LookupForm
      node={node}
      fields={[
        {
          key: 'ssn',
          label: texts.resolve('person_lookup.ssn_label'),
          check: (value) => (/^\d{11}$/.test(value) ? undefined : 'person_lookup.ssn_invalid'),
          inputMode: 'numeric',
          autoComplete: 'off',
        },
        {
          key: 'surname',
          label: texts.resolve('person_lookup.surname_label'),
          check: (value) => (value === '' ? 'person_lookup.surname_missing' : undefined),
          autoComplete: 'family-name',
        },
      ]}
      result={
        found
          ? [
              { label: texts.resolve('person_lookup.ssn_label'), value: ssn.text },
              ...(name.text ? [{ label: texts.resolve('person_lookup.name_label'), value: name.text }] : []),
            ]
          : undefined
      }
      notFoundKey="person_lookup.not_found"
      search={async ({ ssn: number, surname }) => {
        const person = await lookups.lookupPerson(number, surname);
        if (!person) return false;
        write({
          person_lookup_ssn: person.ssn,
          person_lookup_name: person.name,
          person_lookup_first_name: person.firstName,
          person_lookup_middle_name: person.middleName,
          person_lookup_last_name: person.lastName,
        });
        return true;
      }}
      clear={() => write({})}
    />
  );
}
