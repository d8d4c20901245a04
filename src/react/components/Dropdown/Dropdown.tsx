import { Field, FieldDescription, Select, SelectOption, ValidationMessage } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useOptionsWithStatus } from '../../hooks/useOptions.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useText } from '../../i18n/useTexts.ts';
import { FieldHeading } from '../shared/FieldHeading.tsx';
import { PrefillNote } from '../shared/PrefillNote.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { ServiceNotice } from '../shared/ServiceNotice.tsx';
import { useConfirmRemoval } from '../shared/useConfirmRemoval.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/**
 * A single choice from a native select: keyboard and screen-reader behaviour come from the browser.
 * With `alertOnChange`, changing an earlier choice asks first.
 */
export function Dropdown({ node }: SkjemaComponentProps) {
  const { session } = useFormContext();
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { text, setText } = useBinding(node);
  const { options, failed } = useOptionsWithStatus(node);
  const { error } = useNodeValidation(node);
  const placeholder = useText('dropdown.choose');
  const { confirm, dialog } = useConfirmRemoval(node, 'change');
  const current = options.find((option) => text !== '' && option.value === text);
  const choose = (value: string) => (current ? confirm(current.label, () => setText(value)) : setText(value));
  return (
    <Field>
      <FieldHeading node={node} title={title} required={required} htmlFor={node.id} />
      {description && (
        <FieldDescription>
          <Markdown text={description} />
        </FieldDescription>
      )}
      <Select
        id={node.id}
        value={text}
        // Designsystemet only blocks the mouse and keys on a read-only select; a change from
        // assistive technology or autofill must not reach the data either.
        onChange={(event) => readOnly || choose(event.target.value)}
        required={required}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-label={unlabelledName}
      >
        <SelectOption value="">{placeholder}</SelectOption>
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
      {failed && <ServiceNotice kind="error" textKey="options.load_failed" />}
      {session.wasPrefilled(node) && <PrefillNote node={node} />}
      {error && <ValidationMessage>{error}</ValidationMessage>}
      {dialog}
    </Field>
  );
}
