import { Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useText } from '../../i18n/useTexts.ts';
import type { ActionRunner } from './useActionRunner.ts';

export interface ActionControlProps {
  id: string;
  label: ReactNode;
  /** Undefined when the app has not given the form a handler for this action. */
  onPress?: () => void;
  runner: ActionRunner;
  variant?: 'primary' | 'secondary' | 'tertiary';
  color?: string;
  size?: string;
  buttonClassName?: string;
  wrapperClassName?: string;
}

/**
 * A button for an action that may need a server. Without a handler it is disabled and says why,
 * linked with `aria-describedby`, so nobody is left guessing. A failed action says so under it.
 */
export function ActionControl(props: ActionControlProps) {
  const { id, label, onPress, runner, variant = 'secondary' } = props;
  const unavailable = useText('general.action_not_available');
  const failedText = useText('general.error_message');
  const noteId = `${id}-note`;
  const disabled = onPress === undefined;
  return (
    <div className={props.wrapperClassName ?? 'skjema-action'}>
      <Button
        id={id}
        type="button"
        variant={variant}
        data-color={props.color}
        data-size={props.size}
        className={props.buttonClassName || undefined}
        disabled={disabled}
        // Not Designsystemet's `loading`: its spinner needs the Web Animations API, which some
        // embedding hosts and test DOMs lack; `aria-busy` tells assistive technology the same.
        aria-busy={runner.busy || undefined}
        aria-describedby={disabled || runner.failed ? noteId : undefined}
        onClick={() => onPress && runner.run(onPress)}
      >
        {label}
      </Button>
      {disabled && (
        <Paragraph id={noteId} data-size="sm" className="skjema-action-note">
          {unavailable}
        </Paragraph>
      )}
      {!disabled && runner.failed && (
        <ValidationMessage id={noteId} role="alert">
          {failedText}
        </ValidationMessage>
      )}
    </div>
  );
}
