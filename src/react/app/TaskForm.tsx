import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import type { SavedModel } from '../../core/save/index.ts';
import { createFormAnalytics } from '../../core/analytics/index.ts';
import { createFormSession, type FormSession } from '../../core/session/index.ts';
import type { ConnectedInstance } from '../../connected/index.ts';
import { AnalyticsListenerContext, FormAnalyticsContext } from '../context/FormAnalytics.ts';
import { FormServicesProvider } from '../context/FormServices.ts';
import { usePrecompiledValidators } from '../context/PrecompiledValidators.ts';
import { useSessionCallbacks } from '../hooks/useSaveScheduler.ts';
import { createDefaultRegistry } from '../registry/defaultRegistry.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { SkjemaForm, type FormTaskNavigation } from '../SkjemaForm.tsx';
import { AuthorizedActionsProvider } from './authorizedActions.ts';
import { connectedFormServices } from './connectedServices.ts';
import { FocusOnMountContext } from './PageHeading.tsx';
import { PageLocationContext } from './pageLocation.ts';
import { LanguageChoiceContext } from './appLanguage.ts';
import { mayDo, mayMoveOn } from './taskView.ts';
import { useProcess } from './useInstanceState.ts';

export interface TaskFormProps {
  instance: ConnectedInstance;
  layoutSet: LoadedLayoutSet;
  language: string;
  /** Without `write` on the task every field is read-only and nothing is saved. */
  readOnly: boolean;
  /** The user submitted and the form found nothing to block it (the data is saved by then). */
  onSubmit(): void;
  registry?: ComponentRegistry;
  components?: readonly ComponentDefinition[];
  /** The process steps the navigation shows around the form. */
  taskNavigation?: FormTaskNavigation;
}

/**
 * The current task's pages as a form whose every change goes through one form session: the
 * session saves through the connected instance, and the instance writes what the server made of
 * the data (calculations, row ids, a rebase after a conflict) back into the session as server
 * changes, which are shown but never saved again.
 */
export function TaskForm({
  instance,
  layoutSet,
  language,
  readOnly,
  onSubmit,
  registry,
  components,
  taskNavigation,
}: TaskFormProps) {
  const formRegistry = useMemo(
    () => (registry ?? createDefaultRegistry()).extend(components ?? []),
    [registry, components],
  );
  // The service's analytics, when the host asked for them: this form's events carry its task.
  const analyticsListener = useContext(AnalyticsListenerContext);
  const [analytics] = useState(() =>
    analyticsListener
      ? createFormAnalytics(analyticsListener, { taskId: instance.process.currentTask?.elementId ?? undefined })
      : undefined,
  );
  const connectedSave = (models: SavedModel[]) => instance.save(models);
  const callbacks = useSessionCallbacks({
    onSaveData: readOnly ? undefined : analytics ? analytics.timedSave(connectedSave) : connectedSave,
    onSubmit: () => {
      analytics?.submitted();
      onSubmit();
    },
  });
  const pageLocation = useContext(PageLocationContext);
  const chooseLanguage = useContext(LanguageChoiceContext);
  const precompiledValidators = usePrecompiledValidators();
  const [session] = useState<FormSession>(() => {
    const models = [...instance.dataModels.values()];
    const main = instance.dataModels.get(layoutSet.dataType);
    return createFormSession({
      layoutSet,
      initialData: main?.model,
      dataModels: Object.fromEntries(
        models.filter((model) => model.dataType !== layoutSet.dataType).map((model) => [model.dataType, model.model]),
      ),
      language,
      environment: {
        instance: instance.instance as unknown as Record<string, unknown>,
        process: instance.process as unknown as Record<string, unknown>,
      },
      permissions: { write: !readOnly },
      lockedDataTypes: models.filter((model) => model.locked).map((model) => model.dataType),
      prefilledFields: Object.fromEntries(models.map((model) => [model.dataType, model.prefilled ?? []])),
      componentValidators: formRegistry.validators(),
      componentTypes: formRegistry.componentTypes(),
      precompiledValidators,
      backendIssues: instance.backendIssues,
      page: pageLocation.initialPage,
      save: callbacks.save,
      onSubmit: callbacks.onSubmit,
    });
  });
  useEffect(
    () =>
      instance.attach({
        read: (dataType) => session.read(dataType),
        applyServerModel: (dataType, model) => session.applyServerModel(dataType, model),
        // Every change is kept in the pending-edits store at once, not when the quiet period ends:
        // a reload or crash right after a keystroke must not lose it.
        subscribe: (listener) =>
          session.subscribeData((dataType, origin) => {
            // What the server wrote is what it has: no edit to keep.
            if (origin !== 'server') listener(dataType);
          }),
      }),
    [instance, session],
  );
  useEffect(
    () => instance.on('validationChanged', ({ issues }) => session.replaceBackendIssues(issues)),
    [instance, session],
  );
  const taskId = instance.process.currentTask?.elementId;
  useEffect(() => {
    const report = () => {
      const page = session.navigation.current();
      if (taskId && page) pageLocation.onPageChange?.({ instanceId: instance.instance.id, taskId, page });
    };
    report();
    return session.navigation.subscribe(report);
  }, [session, instance, taskId, pageLocation]);

  const [services] = useState(() => connectedFormServices(instance, layoutSet.options));
  const process = useProcess(instance);
  const isAuthorized = useCallback((action: string) => mayDo(process, action), [process]);

  // After a process move the new task's title is where keyboard and screen-reader users start.
  const focusOnMount = useContext(FocusOnMountContext);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount.current) container.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [focusOnMount]);

  return (
    <div ref={container}>
      <AuthorizedActionsProvider isAuthorized={isAuthorized} mayMoveOn={mayMoveOn(process)}>
        <FormServicesProvider services={services}>
          <FormAnalyticsContext.Provider value={analytics}>
            <SkjemaForm
              layoutSet={layoutSet}
              session={session}
              language={language}
              onLanguageChange={chooseLanguage}
              registry={formRegistry}
              taskNavigation={taskNavigation}
            />
          </FormAnalyticsContext.Provider>
        </FormServicesProvider>
      </AuthorizedActionsProvider>
    </div>
  );
}
