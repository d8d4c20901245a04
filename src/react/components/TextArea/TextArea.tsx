import { FieldCounter, Textarea } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useText, useTextResolver } from '../../i18n/useTexts.ts';
import { FieldWithHelp } from '../shared/FieldHeading.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/**
 * A multi-line text field; with `maxLength` it counts the characters left. Built from the parts of
 * Designsystemet's `Textfield` so that the counter can be replaced on its own (see below), and so
 * that the help button can sit beside the label.
 */
export function TextArea({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName, help } = useFieldTexts(node);
  const { text, setText } = useBinding(node);
  const { error } = useNodeValidation(node);
  const { language } = useTextResolver();
  const { autocomplete, maxLength } = node.component as { autocomplete?: string; maxLength?: number };
  // Designsystemet's counter fills in the number where its template says %d.
  const under = useText('input_components.remaining_characters', { params: ['%d', maxLength] });
  const over = useText('input_components.exceeded_max_limit', { params: ['%d', maxLength] });
  return (
    <FieldWithHelp
      node={node}
      title={title}
      help={help}
      required={required}
      description={description && <Markdown text={description} />}
      error={error}
    >
      <Textarea
        rows={4}
        id={node.id}
        aria-label={title === undefined ? unlabelledName : undefined}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        required={required}
        readOnly={readOnly}
        autoComplete={autocomplete}
      />
      {typeof maxLength === 'number' && (
        // The field element writes the counter's text when the user types or a counter appears,
        // not when its templates change: a new counter per language is written in that language
        // at once, while the textarea keeps its focus, caret and undo history.
        <FieldCounter key={language} limit={maxLength} under={under} over={over} />
      )}
    </FieldWithHelp>
  );
}
