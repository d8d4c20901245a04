import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { LookupService } from '../../../core/services/lookups.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { LookupForm } from '../PersonLookup/LookupForm.tsx';

/** Finds an organisation by its nine-digit number; the number and the name go to the bindings. */
export function OrganisationLookup({ node }: SkjemaComponentProps) {
  const { session } = useFormContext();
  const lookups: LookupService = useFormServices();
  const texts = useTextResolver();
  const orgNr = useBinding(node, 'organisation_lookup_orgnr');
  const name = useBinding(node, 'organisation_lookup_name');
  const write = (number: string, found: string) => {
    const { organisation_lookup_orgnr: numberBinding, organisation_lookup_name: nameBinding } = node.bindings;
    if (numberBinding) session.write({ node, binding: numberBinding, text: number });
    if (nameBinding) session.write({ node, binding: nameBinding, text: found });
  };
  const found = orgNr.text !== '' && (name.text !== '' || !node.bindings.organisation_lookup_name);
  return (
    <LookupForm
      node={node}
      fields={[
        {
          key: 'orgNr',
          label: texts.resolve('organisation_lookup.orgnr_label'),
          check: (value) =>
            /^\d{9}$/.test(value.replace(/\s/g, '')) ? undefined : 'organisation_lookup.orgnr_invalid',
          inputMode: 'numeric',
          autoComplete: 'off',
        },
      ]}
      result={
        found
          ? [
              { label: texts.resolve('organisation_lookup.orgnr_label'), value: orgNr.text },
              ...(name.text ? [{ label: texts.resolve('organisation_lookup.name_label'), value: name.text }] : []),
            ]
          : undefined
      }
      notFoundKey="organisation_lookup.not_found"
      search={async ({ orgNr: number }) => {
        const organisation = await lookups.lookupOrganisation(number.replace(/\s/g, ''));
        if (!organisation) return false;
        write(organisation.orgNr, organisation.name);
        return true;
      }}
      clear={() => write('', '')}
    />
  );
}
