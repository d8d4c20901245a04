import { Textfield } from '@digdir/designsystemet-react';
import {
  defineComponent,
  useBinding,
  useNodeState,
  useNodeText,
  useNodeValidation,
  type ConfiguredComponentProps,
} from '../../src/index.ts';
import { textsOf } from './texts.ts';

/**
 * An agency's own component, as `docs/custom-components.md` shows it: an organisation number
 * field that drops spaces as you type and checks the number's control digit.
 */

/** The layout properties the component reads; `checkDigit: false` accepts numbers that fail the check. */
export interface OrgNumberConfig {
  readonly checkDigit: boolean;
}

/** Text resources the component's messages use, in nb and en. */
export const orgNumberTexts = textsOf({
  'orgNumber.length': ['Organisasjonsnummeret må ha 9 siffer.', 'The organisation number must have 9 digits.'],
  'orgNumber.checkDigit': [
    '{0} er ikke et gyldig organisasjonsnummer. Sjekk at du har skrevet det riktig.',
    '{0} is not a valid organisation number. Check that you typed it correctly.',
  ],
});

/** Mod-11 control digit of the first eight digits; undefined when no valid number has them. */
function controlDigit(digits: string): number | undefined {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const control = (11 - (sum % 11)) % 11;
  return control === 10 ? undefined : control;
}

function OrgNumberInput({ node }: ConfiguredComponentProps<OrgNumberConfig>) {
  const { required, readOnly } = useNodeState(node);
  const title = useNodeText(node, 'title');
  const { text, setText } = useBinding(node);
  const { error } = useNodeValidation(node);
  return (
    <Textfield
      id={node.id}
      label={title ?? node.baseId}
      value={text}
      onChange={(event) => setText(event.target.value.replace(/\s/g, ''))}
      required={required}
      readOnly={readOnly}
      error={error}
      inputMode="numeric"
      autoComplete="off"
    />
  );
}

export const orgNumberInput = defineComponent<OrgNumberConfig>({
  type: 'OrgNumberInput',
  category: 'form',
  showsOwnErrors: true,
  config: (component) => ({ checkDigit: component.checkDigit !== false }),
  render: OrgNumberInput,
  validate: ({ value, config }) => {
    if (value === undefined || value === null || value === '') return [];
    const digits = String(value);
    if (!/^\d{9}$/.test(digits)) return [{ textKey: 'orgNumber.length' }];
    if (config.checkDigit && controlDigit(digits) !== Number(digits[8]))
      return [{ textKey: 'orgNumber.checkDigit', params: [digits] }];
    return [];
  },
});
