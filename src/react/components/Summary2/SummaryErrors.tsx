import { ValidationMessage } from '@digdir/designsystemet-react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { Markdown } from '../shared/Markdown.tsx';

/** The field's visible errors, so the summary shows what still has to be fixed. */
export function SummaryErrors({ node }: { node: FormNode }) {
  const { validator } = useFormContext();
  const texts = useTextResolver();
  const { issues } = useNodeValidation(node);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <div className="skjema-summary-errors">
      {errors.map((issue) => (
        <ValidationMessage key={issue.key} data-severity="error">
          <Markdown text={validator.message(issue, texts.language)} inline />
        </ValidationMessage>
      ))}
    </div>
  );
}
