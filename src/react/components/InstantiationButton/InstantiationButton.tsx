import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useServerActions } from '../../context/ServerActionsContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { ActionControl } from '../shared/ActionControl.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { prefillFrom } from '../shared/prefill.ts';
import { useActionRunner } from '../shared/useActionRunner.ts';

/** Starts a new instance through the app's `onInstantiate`, prefilled from `mapping`. */
export function InstantiationButton({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const { onInstantiate } = useServerActions();
  const runner = useActionRunner();
  const custom = useNodeText(node, 'title');
  const fallback = useText('instantiate.start');
  const { mapping } = node.component as { mapping?: unknown };
  return (
    <ActionControl
      id={node.id}
      label={custom !== undefined ? <Markdown text={custom} inline links={false} /> : fallback}
      runner={runner}
      variant="primary"
      onPress={onInstantiate ? () => onInstantiate(prefillFrom(engine, mapping), { componentId: node.id }) : undefined}
    />
  );
}
