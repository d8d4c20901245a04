import { useEffect, useState } from 'react';
import type { LoadedLayoutSet } from '../core/app/types.ts';
import { createFormSession, type FormSession } from '../core/session/index.ts';
import type { PrecompiledValidatorsByDataType } from '../react/context/PrecompiledValidators.ts';
import { createDefaultRegistry } from '../react/registry/defaultRegistry.ts';
import { SkjemaForm } from '../react/SkjemaForm.tsx';
import { dispatchSkjemaEvent } from './events.ts';
import { validationDetail } from './validationDetail.ts';

export interface StandaloneElementFormProps {
  host: HTMLElement;
  layoutSet: LoadedLayoutSet;
  validators?: PrecompiledValidatorsByDataType;
  initialData?: unknown;
  language: string;
  readOnly: boolean;
}

/**
 * The form of an app given as files, with no backend: the element builds the session itself so
 * that `readonly` can change while the user's data stays, and tells the host what happens through
 * DOM events instead of callbacks. Mounted anew (by key) when the app or the initial data changes.
 */
export function StandaloneElementForm({
  host,
  layoutSet,
  validators,
  initialData,
  language,
  readOnly,
}: StandaloneElementFormProps) {
  const [registry] = useState(createDefaultRegistry);
  const [session] = useState<FormSession>(() =>
    createFormSession({
      layoutSet,
      initialData,
      language,
      permissions: { write: !readOnly },
      componentValidators: registry.validators(),
      componentTypes: registry.componentTypes(),
      precompiledValidators: validators,
      save: (models) => dispatchSkjemaEvent(host, 'skjema-save', { mode: 'standalone', status: 'saved', models }),
      onSubmit: (data, allModels) =>
        dispatchSkjemaEvent(host, 'skjema-submit', { mode: 'standalone', data, allModels }),
    }),
  );
  useEffect(() => session.setPermissions({ write: !readOnly }), [session, readOnly]);
  useEffect(() => {
    // Several changes in one task (a keystroke, a page's validation) make one event, and only a
    // change in what the user is shown makes one at all.
    let shown = JSON.stringify(validationDetail(session));
    let queued = false;
    const unsubscribe = session.validator.subscribe(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        const detail = validationDetail(session);
        const serialised = JSON.stringify(detail);
        if (serialised === shown) return;
        shown = serialised;
        dispatchSkjemaEvent(host, 'skjema-validation', detail);
      });
    });
    return () => {
      unsubscribe();
      // The element was removed or given another app: what is pending is handed over, then the
      // engine lets go of its listeners.
      void session.dispose();
    };
  }, [host, session]);
  return (
    <SkjemaForm
      layoutSet={layoutSet}
      session={session}
      registry={registry}
      language={language}
      precompiledValidators={validators}
    />
  );
}
