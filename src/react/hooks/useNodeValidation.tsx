import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import type { NodeIssue } from '../../core/validation/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { IssueMessage } from '../components/shared/IssueMessage.tsx';

export interface NodeValidation {
  /** The visible error messages for the node's field, ready for a Designsystemet `error` prop. */
  error?: ReactNode;
  /** Visible soft issues (warning, info, success): shown, never blocking. */
  soft: readonly NodeIssue[];
  /** Every visible issue, errors first. */
  issues: readonly NodeIssue[];
}

/**
 * The validation messages a form component shows. Form components pass `error` to their
 * Designsystemet field, which sets `aria-invalid` and links the message with `aria-describedby`.
 * Re-renders only when this node's visible issues change.
 */
export function useNodeValidation(node: FormNode): NodeValidation {
  const { validator } = useFormContext();
  const subscribe = useCallback(
    (onChange: () => void) => validator.subscribeNode(node.id, onChange),
    [validator, node.id],
  );
  // Not memoised: React reads a new getSnapshot without resubscribing, and a hook less per field counts in a large form.
  const read = () => validator.nodeVersion(node.id);
  useSyncExternalStore(subscribe, read, read);
  const issues = validator.issuesFor(node.id);
  const errors = issues.filter((issue) => issue.severity === 'error');
  const error =
    errors.length === 0 ? undefined : (
      <>
        {errors.map((issue, index) => (
          <span key={issue.key} className="skjema-validation-line">
            {index > 0 && <br />}
            <IssueMessage issue={issue} />
          </span>
        ))}
      </>
    );
  return { error, soft: issues.filter((issue) => issue.severity !== 'error'), issues };
}
