import { Button as DsButton } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useActionAuthorized, useMayMoveOn } from '../../app/authorizedActions.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useServerActions } from '../../context/ServerActionsContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { ActionControl } from '../shared/ActionControl.tsx';
import { buttonLayoutClasses, buttonSize, type ButtonLayout } from '../shared/buttonLayout.ts';
import { prefillFrom } from '../shared/prefill.ts';
import { useActionRunner } from '../shared/useActionRunner.ts';

interface ButtonConfig extends ButtonLayout {
  mode?: 'submit' | 'save' | 'instantiate';
  mapping?: unknown;
}

const DEFAULT_TITLES = { submit: 'general.submit', save: 'general.save', instantiate: 'instantiate.start' } as const;

/**
 * The form's submit button (`mode: "submit"`, the default), or a save or instantiate button whose
 * work is done by the app's `ServerActionsProvider` (`onSave`, `onInstantiate`).
 */
export function Button({ node }: SkjemaComponentProps) {
  const { engine, submit } = useFormContext();
  const server = useServerActions();
  const runner = useActionRunner();
  const config = node.component as ButtonConfig;
  const mode = config.mode === 'save' || config.mode === 'instantiate' ? config.mode : 'submit';
  const customTitle = useNodeText(node, 'title', { plain: true });
  const defaultTitle = useText(DEFAULT_TITLES[mode]);
  const title = customTitle ?? defaultTitle;
  const { wrapper, button } = buttonLayoutClasses(config);
  const size = buttonSize(config);
  const source = { componentId: node.id };
  const maySubmit = useMayMoveOn();
  const maySave = useActionAuthorized('write');
  // What the process does not let the user do is not offered (a read-only task has no submit).
  if ((mode === 'submit' && !maySubmit) || (mode === 'save' && !maySave)) return null;
  if (mode === 'submit') {
    return (
      <div className={wrapper}>
        <DsButton
          id={node.id}
          type="button"
          variant="primary"
          data-size={size}
          onClick={submit}
          className={['skjema-submit', button].filter(Boolean).join(' ')}
        >
          {title}
        </DsButton>
      </div>
    );
  }
  const { onSave, onInstantiate } = server;
  const onPress =
    mode === 'save'
      ? onSave &&
        (() => {
          const all = engine.data.snapshot();
          return onSave(all[engine.layoutSet.dataType] ?? {}, all, source);
        })
      : onInstantiate && (() => onInstantiate(prefillFrom(engine, config.mapping), source));
  return (
    <ActionControl
      id={node.id}
      label={title}
      runner={runner}
      variant={mode === 'save' ? 'secondary' : 'primary'}
      size={size}
      buttonClassName={button}
      wrapperClassName={wrapper}
      onPress={onPress}
    />
  );
}
