import { FieldAffix, FieldAffixes, Input as DsInput } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatNumberText } from '../../../core/tree/formatting.ts';
import { editableNumberText, parseNumberText } from '../../../core/tree/numberInput.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { FieldWithHelp } from '../shared/FieldHeading.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

interface InputConfig {
  autocomplete?: string;
  maxLength?: number;
  variant?: 'text' | 'search';
  formatting?: { number?: unknown; currency?: string; unit?: string; align?: 'left' | 'center' | 'right' };
}

/**
 * A one-line text field bound to `simpleBinding`. With `formatting` it is a number field: the value
 * is shown formatted (currency, unit, separators) and edited as a plain number in the user's
 * notation while it has focus; the model always gets the canonical number.
 */
export function Input({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName, help, prefix, suffix } = useFieldTexts(node);
  const { text, setText } = useBinding(node);
  const { error } = useNodeValidation(node);
  const config = node.component as InputConfig;
  const numeric = config.formatting !== undefined;
  const { language } = useTextResolver();
  // What the user is typing into a number field; undefined while it does not have focus.
  const [draft, setDraft] = useState<string>();
  const shown = !numeric ? text : (draft ?? formatNumberText(text, config.formatting, language));
  return (
    <FieldWithHelp
      node={node}
      title={title}
      help={help}
      required={required}
      description={description && <Markdown text={description} />}
      error={error}
      style={config.formatting?.align ? { textAlign: config.formatting.align } : undefined}
    >
      <FieldAffixes>
        {prefix !== undefined && <FieldAffix>{prefix}</FieldAffix>}
        <DsInput
          id={node.id}
          aria-label={title === undefined ? unlabelledName : undefined}
          value={shown}
          aria-invalid={error ? true : undefined}
          onFocus={
            numeric && !readOnly ? () => setDraft(editableNumberText(text, config.formatting, language)) : undefined
          }
          onBlur={numeric ? () => setDraft(undefined) : undefined}
          onChange={(event) => {
            const typed = event.target.value;
            if (!numeric) return setText(typed);
            setDraft(typed);
            setText(parseNumberText(typed, config.formatting, language) ?? typed);
          }}
          required={required}
          readOnly={readOnly}
          autoComplete={config.autocomplete}
          maxLength={config.maxLength}
          type={config.variant === 'search' ? 'search' : 'text'}
          inputMode={numeric ? 'decimal' : undefined}
        />
        {suffix !== undefined && <FieldAffix>{suffix}</FieldAffix>}
      </FieldAffixes>
    </FieldWithHelp>
  );
}
