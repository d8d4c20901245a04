import { ValidationMessage } from '@digdir/designsystemet-react';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { IssueMessage } from '../shared/IssueMessage.tsx';

/** The field's visible errors, so the summary shows what still has to be fixed. */
export function SummaryErrors({ node }: { node: FormNode }) {
  const { issues } = useNodeValidation(node);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <div className="skjema-summary-errors">
      {errors.map((issue) => (
        <ValidationMessage key={issue.key} data-severity="error">
          <IssueMessage issue={issue} />
        </ValidationMessage>
      ))}
    </div>
  );
}
