import { Textfield } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useText } from '../../i18n/useTexts.ts';
import { textfieldName } from '../shared/fieldName.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/** A multi-line text field; with `maxLength` it counts the characters left. */
export function TextArea({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { text, setText } = useBinding(node);
  const { error } = useNodeValidation(node);
  const { autocomplete, maxLength } = node.component as { autocomplete?: string; maxLength?: number };
  // Designsystemet's counter fills in the number where its template says %d.
  const under = useText('input_components.remaining_characters', { params: ['%d', maxLength] });
  const over = useText('input_components.exceeded_max_limit', { params: ['%d', maxLength] });
  return (
    <Textfield
      multiline
      rows={4}
      id={node.id}
      {...textfieldName(title, required, unlabelledName)}
      description={description && <Markdown text={description} />}
      value={text}
      error={error}
      onChange={(event) => setText(event.target.value)}
      required={required}
      readOnly={readOnly}
      autoComplete={autocomplete}
      counter={typeof maxLength === 'number' ? { limit: maxLength, under, over } : undefined}
    />
  );
}
