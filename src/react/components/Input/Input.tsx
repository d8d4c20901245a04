import { Textfield } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { FieldLabel } from '../shared/FieldLabel.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

interface InputConfig {
  autocomplete?: string;
  maxLength?: number;
  variant?: 'text' | 'search';
  formatting?: { number?: unknown; currency?: string; unit?: string };
}

/** A one-line text field bound to `simpleBinding`. */
export function Input({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const prefix = useNodeText(node, 'prefix');
  const suffix = useNodeText(node, 'suffix');
  const { text, setText } = useBinding(node);
  const { error } = useNodeValidation(node);
  const config = node.component as InputConfig;
  const numeric = config.formatting !== undefined;
  return (
    <Textfield
      id={node.id}
      label={<FieldLabel title={title ?? node.baseId} required={required} />}
      description={description && <Markdown text={description} />}
      value={text}
      error={error}
      onChange={(event) => setText(event.target.value)}
      required={required}
      readOnly={readOnly}
      autoComplete={config.autocomplete}
      maxLength={config.maxLength}
      type={config.variant === 'search' ? 'search' : 'text'}
      inputMode={numeric ? 'decimal' : undefined}
      prefix={prefix}
      suffix={suffix}
    />
  );
}
