import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useActionAuthorized } from '../../app/authorizedActions.ts';
import { useTaskActions } from '../../context/ServerActionsContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { ActionControl } from '../shared/ActionControl.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useActionRunner } from '../shared/useActionRunner.ts';

const DEFAULT_TITLES: Record<string, string> = {
  instantiate: 'instantiate.start',
  confirm: 'actions.confirm',
  sign: 'actions.sign',
  reject: 'actions.reject',
};

/**
 * A process action (`sign`, `confirm`, `reject`, `instantiate`), performed by the host's `onAction`
 * or the provided services' `performTaskAction`.
 */
export function ActionButton({ node }: SkjemaComponentProps) {
  const { performTaskAction } = useTaskActions();
  const runner = useActionRunner();
  const { action = '', buttonStyle } = node.component as { action?: string; buttonStyle?: 'primary' | 'secondary' };
  const authorized = useActionAuthorized(action);
  const custom = useNodeText(node, 'title');
  const fallback = useText(DEFAULT_TITLES[action]);
  const label = custom !== undefined ? <Markdown text={custom} inline links={false} /> : (fallback ?? action);
  // A button the task's user actions do not authorise is not offered at all.
  if (!authorized) return null;
  return (
    <ActionControl
      id={node.id}
      label={label}
      runner={runner}
      variant={buttonStyle === 'primary' ? 'primary' : 'secondary'}
      onPress={performTaskAction && action ? () => performTaskAction(action, { componentId: node.id }) : undefined}
    />
  );
}
