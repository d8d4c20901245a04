import { Alert, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import type { NodeIssue } from '../../core/validation/index.ts';
import type { NodeValidation } from '../hooks/useNodeValidation.tsx';
import { IssueMessage } from '../components/shared/IssueMessage.tsx';

const SOFT_COLOURS = { warning: 'warning', info: 'info', success: 'success', error: 'danger' } as const;

/**
 * Messages shown under a component: its soft issues always (as alerts: they inform, never
 * block), and its errors too when the component does not show errors in its own field.
 * A function of the node's validation, not a component: `RenderNode` renders it with the
 * node's own validation, one component less for every node of a form.
 */
export function nodeMessages(
  node: FormNode,
  { issues, soft }: Pick<NodeValidation, 'issues' | 'soft'>,
  includeErrors: boolean,
): ReactNode {
  const errors = includeErrors ? issues.filter((issue) => issue.severity === 'error') : [];
  if (errors.length === 0 && soft.length === 0) return null;
  const text = (issue: NodeIssue) => <IssueMessage issue={issue} />;
  return (
    <div className="skjema-node-messages" id={`${node.id}-messages`}>
      {errors.map((issue) => (
        <ValidationMessage key={issue.key} data-severity="error">
          {text(issue)}
        </ValidationMessage>
      ))}
      {soft.map((issue) => (
        <Alert key={issue.key} data-color={SOFT_COLOURS[issue.severity]} data-size="sm" data-severity={issue.severity}>
          {text(issue)}
        </Alert>
      ))}
    </div>
  );
}
