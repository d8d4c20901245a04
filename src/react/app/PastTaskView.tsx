import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { createFormSession } from '../../core/session/index.ts';
import type { ConnectedApp, ConnectedInstance } from '../../connected/index.ts';
import { usePrecompiledValidators } from '../context/PrecompiledValidators.ts';
import { createDefaultRegistry } from '../registry/defaultRegistry.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { SkjemaForm, type FormTaskNavigation } from '../SkjemaForm.tsx';
import { LanguageChoiceContext } from './appLanguage.ts';
import { useAppTexts } from './AppTexts.ts';
import { ErrorPage } from './ErrorPage.tsx';
import { problemOf } from './problemOf.ts';
import { useStoredModels } from './storedModels.ts';
import { useLayoutSets } from './useLayoutSets.ts';

export interface PastTaskViewProps {
  app: ConnectedApp;
  instance: ConnectedInstance;
  layoutSetId: string;
  language: string;
  /** The steps, with this task as the one viewed. */
  taskNavigation: FormTaskNavigation;
  /** Back to the step the process is on. */
  onBack(): void;
  registry?: ComponentRegistry;
  components?: readonly ComponentDefinition[];
}

/**
 * A completed task opened from the task navigation: its pages with what was stored, read-only,
 * under a notice that says so and leads back to the current step.
 */
export function PastTaskView(props: PastTaskViewProps) {
  const { app, instance, layoutSetId, onBack } = props;
  const { text } = useAppTexts();
  const state = useLayoutSets(app, [layoutSetId]);
  const layoutSets = state.status === 'ready' ? state.layoutSets : undefined;
  const models = useStoredModels(instance, layoutSets);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Keyboard and screen-reader users start at what this page is: an earlier step, not to be changed.
    notice.current?.focus();
  }, []);
  return (
    <>
      <Alert data-color="info" ref={notice} tabIndex={-1} className="skjema-past-task">
        <Paragraph>{text('task.past_notice')}</Paragraph>
        <Button variant="secondary" data-size="sm" onClick={onBack}>
          {text('task.back_to_current')}
        </Button>
      </Alert>
      {state.status === 'failed' ? (
        <ErrorPage problem={problemOf(state.error)} />
      ) : layoutSets && models ? (
        <ReadOnlyForm {...props} layoutSet={layoutSets[0]} models={models} />
      ) : (
        <Paragraph role="status">{text('general.loading')}</Paragraph>
      )}
    </>
  );
}

function ReadOnlyForm({
  layoutSet,
  models,
  language,
  taskNavigation,
  registry,
  components,
}: PastTaskViewProps & { layoutSet: LoadedLayoutSet; models: ReadonlyMap<string, unknown> }) {
  const formRegistry = useMemo(
    () => (registry ?? createDefaultRegistry()).extend(components ?? []),
    [registry, components],
  );
  const chooseLanguage = useContext(LanguageChoiceContext);
  const precompiledValidators = usePrecompiledValidators();
  // Nothing here is saved: without write permission every field is read-only, and there is no `save`.
  const [session] = useState(() =>
    createFormSession({
      layoutSet,
      initialData: models.get(layoutSet.dataType),
      dataModels: Object.fromEntries(
        [...models].filter(([dataType]) => dataType !== layoutSet.dataType) as [string, Record<string, unknown>][],
      ),
      language,
      permissions: { write: false },
      componentValidators: formRegistry.validators(),
      componentTypes: formRegistry.componentTypes(),
      precompiledValidators,
    }),
  );
  return (
    <SkjemaForm
      layoutSet={layoutSet}
      session={session}
      language={language}
      onLanguageChange={chooseLanguage}
      registry={formRegistry}
      taskNavigation={taskNavigation}
    />
  );
}
