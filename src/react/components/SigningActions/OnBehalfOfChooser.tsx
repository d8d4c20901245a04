import { Fieldset, FieldsetLegend, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import type { SigningOrganisation } from '../../context/FormServices.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';

interface OnBehalfOfChooserProps {
  /** Names the radio group and prefixes the ids inside it. */
  id: string;
  organisations: readonly SigningOrganisation[];
  /** The chosen organisation number, if any. */
  chosen: string | undefined;
  onChoose(orgNumber: string): void;
  /** The user tried to sign without choosing: the group is marked invalid and says why. */
  missing: boolean;
  /** The first radio, for moving focus to the group when the choice is missing. */
  firstRadioRef: Ref<HTMLInputElement>;
}

/**
 * The organisations a user with several key roles may sign for, as one required radio group:
 * each organisation by name, its organisation number as the description.
 */
export function OnBehalfOfChooser({
  id,
  organisations,
  chosen,
  onChoose,
  missing,
  firstRadioRef,
}: OnBehalfOfChooserProps) {
  const texts = useTextResolver();
  const errorId = `${id}-error`;
  return (
    <Fieldset id={id}>
      <FieldsetLegend>{texts.resolve('signing.on_behalf_of')}</FieldsetLegend>
      {organisations.map((organisation, index) => (
        <Radio
          key={organisation.orgNumber}
          ref={index === 0 ? firstRadioRef : undefined}
          name={id}
          value={organisation.orgNumber}
          label={organisation.name}
          description={texts.resolve('signing.organisation_number', {
            params: [readableOrgNumber(organisation.orgNumber)],
          })}
          checked={chosen === organisation.orgNumber}
          onChange={() => onChoose(organisation.orgNumber)}
          required
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
        />
      ))}
      {missing && <ValidationMessage id={errorId}>{texts.resolve('signing.on_behalf_of_required')}</ValidationMessage>}
    </Fieldset>
  );
}

/** Norwegian organisation numbers are read in groups of three: 912 345 678. */
function readableOrgNumber(orgNumber: string): string {
  return /^\d{9}$/.test(orgNumber) ? orgNumber.replace(/(\d{3})(?=\d)/g, '$1 ') : orgNumber;
}
