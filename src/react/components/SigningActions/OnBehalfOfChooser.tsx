import { Fieldset, FieldsetLegend, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { keyOfChoice, type SigningChoice } from './signingChoices.ts';

interface OnBehalfOfChooserProps {
  /** Names the radio group and prefixes the ids inside it. */
  id: string;
  choices: readonly SigningChoice[];
  /** The key of the chosen choice, if any. */
  chosen: string | undefined;
  onChoose(key: string): void;
  /** The user tried to sign without choosing: the group is marked invalid and says why. */
  missing: boolean;
  /** The first radio, for moving focus to the group when the choice is missing. */
  firstRadioRef: Ref<HTMLInputElement>;
}

/**
 * Whom the user signs for, as one required radio group: themself by name when they are also asked
 * to sign personally, then each organisation by name with its organisation number as the description.
 */
export function OnBehalfOfChooser({ id, choices, chosen, onChoose, missing, firstRadioRef }: OnBehalfOfChooserProps) {
  const texts = useTextResolver();
  const errorId = `${id}-error`;
  return (
    <Fieldset id={id}>
      <FieldsetLegend>{texts.resolve('signing.on_behalf_of')}</FieldsetLegend>
      {choices.map((choice, index) => {
        const key = keyOfChoice(choice);
        return (
          <Radio
            key={key}
            ref={index === 0 ? firstRadioRef : undefined}
            name={id}
            value={key}
            label={
              choice.personally
                ? texts.resolve('signing.on_behalf_of_myself', { params: [choice.name] })
                : choice.organisation.name
            }
            description={
              choice.personally
                ? undefined
                : texts.resolve('signing.organisation_number', {
                    params: [readableOrgNumber(choice.organisation.orgNumber)],
                  })
            }
            checked={chosen === key}
            onChange={() => onChoose(key)}
            required
            aria-invalid={missing || undefined}
            aria-describedby={missing ? errorId : undefined}
          />
        );
      })}
      {missing && <ValidationMessage id={errorId}>{texts.resolve('signing.on_behalf_of_required')}</ValidationMessage>}
    </Fieldset>
  );
}

/** Norwegian organisation numbers are read in groups of three: 912 345 678. */
function readableOrgNumber(orgNumber: string): string {
  return /^\d{9}$/.test(orgNumber) ? orgNumber.replace(/(\d{3})(?=\d)/g, '$1 ') : orgNumber;
}
