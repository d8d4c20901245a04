import { Alert } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormEngine } from '../../../core/form/index.ts';
import { createFormSession } from '../../../core/session/index.ts';
import { FormContext, useFormContext, type FormContextValue } from '../../context/FormContext.ts';
import { usePrecompiledValidators } from '../../context/PrecompiledValidators.ts';
import { servesTask, useTaskLayoutSets, type TaskLayoutSet } from '../../context/TaskLayoutSets.ts';
import { useText } from '../../i18n/useTexts.ts';
import { Summary2Body, type Summary2Target } from './Summary2Body.tsx';
import type { SummaryOptions } from './SummaryList.tsx';

/** Whether `taskId` names a task other than the one the form's own layout set serves. */
export function isOtherTask(engine: FormEngine, taskId: string | undefined): taskId is string {
  return taskId !== undefined && taskId !== '' && !servesTask(engine.layoutSet, taskId);
}

/**
 * A Summary2 of another process task's layout set. The form has no process to read that task
 * from, so the set comes from `SkjemaForm`'s `taskLayoutSets`; without it the summary says the
 * task is not available here instead of failing.
 */
export function OtherTaskSummary({
  taskId,
  target,
  options,
  accordion,
}: {
  taskId: string;
  target: Summary2Target;
  options: SummaryOptions;
  accordion: boolean;
}) {
  const entry = useTaskLayoutSets().find((candidate) => servesTask(candidate.layoutSet, taskId));
  const unavailable = useText('summary.task_unavailable', { params: [taskId] });
  if (!entry) {
    return (
      <Alert data-color="info" data-size="sm">
        {unavailable}
      </Alert>
    );
  }
  // That task is finished (or not ours to edit): its summary is read-only.
  const readOnly: SummaryOptions = { ...options, origin: undefined, hideChangeButton: true };
  return (
    <TaskForm key={entry.layoutSet.id} entry={entry}>
      <Summary2Body target={target} options={readOnly} accordion={accordion} />
    </TaskForm>
  );
}

/** A form context over another layout set and its data (a task's, a subform entry's), for a summary inside it only. */
export function TaskForm({ entry, children }: { entry: TaskLayoutSet; children: ReactNode }) {
  const outer = useFormContext();
  const { i18n } = useTranslation();
  const precompiledValidators = usePrecompiledValidators();
  const [session] = useState(() => {
    // Tasks that share a data type share the data element: read it from the running form.
    const current = outer.engine.data.snapshot();
    const dataType = entry.layoutSet.dataType;
    return createFormSession({
      layoutSet: entry.layoutSet,
      initialData: entry.initialData ?? current[dataType],
      dataModels: { ...pick(current, Object.keys(entry.layoutSet.dataModelSchemas)), ...entry.dataModels },
      language: i18n.language,
      // The other task's components are the same types as this form's, agency ones included.
      componentTypes: outer.engine.componentTypes,
      precompiledValidators,
    });
  });
  const { engine, validator } = session;
  useEffect(() => {
    engine.setLanguage(i18n.language);
  }, [engine, i18n.language]);
  const context: FormContextValue = useMemo(
    () => ({
      ...outer,
      session,
      engine,
      validator,
      navigation: {
        pages: engine.navigablePages(),
        current: '',
        goTo: () => {},
        next: () => false,
        previous: () => false,
        navigate: () => false,
        validate: () => false,
      },
      submit: () => {},
      focusNode: () => {},
      pendingFocus: undefined,
      reportAttachments: () => {},
      returnToSummary: undefined,
      backToSummary: () => {},
    }),
    [outer, session, engine, validator],
  );
  return <FormContext.Provider value={context}>{children}</FormContext.Provider>;
}

function pick<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));
}
