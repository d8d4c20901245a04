import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { createDefaultRegistry, SkjemaForm, type FormTaskNavigation, type TaskStep } from '../../src/index.ts';
import type { AppFolderProblem, DevApp as DevAppModule } from '../../src/cli/devServer/devApp.ts';
import { navigationSettingsOf } from '../../src/core/app/navigationSettings.ts';
import type { LoadedLayoutSet } from '../../src/core/index.ts';
import { taskSteps } from '../../src/core/navigation/index.ts';
import { createFormSession } from '../../src/core/session/index.ts';
import { AppTextsProvider, useAppTexts } from '../../src/react/app/AppTexts.ts';
import { DevDiagnostics } from './DevDiagnostics.tsx';

export interface DevAppProps extends Omit<DevAppModule, 'problem' | 'startTask'> {
  problem: AppFolderProblem | null;
  startTask: string | null;
}

type Models = Record<string, Record<string, unknown>>;

/**
 * The `npm run start:form` page: the app's problems above its form, the form of the task where the
 * process starts, the process's other tasks one step away (there is no backend to move the process,
 * so the page moves between the tasks' forms and keeps each data type's data), and the submitted
 * JSON after the last task.
 */
export function DevApp(props: DevAppProps) {
  const [language, setLanguage] = useState('nb');
  // The form is the whole page, so the page is in the form's language (SkjemaForm itself marks only its own element).
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <AppTextsProvider language={language}>
      <main lang={language}>
        <DevPage {...props} language={language} onLanguageChange={setLanguage} />
      </main>
    </AppTextsProvider>
  );
}

function DevPage({
  layoutSet: startSet,
  tasks,
  startTask,
  taskLayoutSets,
  subformLayoutSets,
  diagnostics,
  problem,
  language,
  onLanguageChange,
}: DevAppProps & { language: string; onLanguageChange(language: string): void }) {
  const { text } = useAppTexts();
  const [taskId, setTaskId] = useState(startTask ?? undefined);
  const [submitted, setSubmitted] = useState<Models | null>(null);
  // Each data type's data as last written, whichever task's form wrote it: one store for the page's life.
  const [models] = useState<Models>(() => ({}));
  const task = tasks.find((candidate) => candidate.taskId === taskId);
  const layoutSet = (task?.layoutSetId && taskLayoutSets[task.layoutSetId]) || startSet;
  const openable = tasks.filter((candidate) => candidate.layoutSetId && taskLayoutSets[candidate.layoutSetId]);
  const taskNavigation = useMemo(
    () => (layoutSet ? devTaskNavigation(layoutSet, tasks, taskId, setTaskId, openable.length) : undefined),
    [layoutSet, tasks, taskId, openable.length],
  );
  if (problem) return <WrongFolder problem={problem} />;
  const submit = (all: Models) => {
    // The process would move on: to the next task that has pages, or to the end.
    const index = openable.findIndex((candidate) => candidate.taskId === taskId);
    const next = index >= 0 ? openable[index + 1] : undefined;
    if (next) setTaskId(next.taskId);
    else setSubmitted(all);
  };
  return (
    <>
      <DevDiagnostics diagnostics={diagnostics} renders={!!layoutSet} />
      {layoutSet && !submitted && (
        <DevForm
          key={layoutSet.id}
          layoutSet={layoutSet}
          subformLayoutSets={subformLayoutSets}
          models={models}
          language={language}
          onLanguageChange={onLanguageChange}
          taskNavigation={taskNavigation}
          onSubmit={submit}
        />
      )}
      {submitted && (
        <section aria-labelledby="submitted-heading">
          <Heading level={1} id="submitted-heading" data-size="lg">
            {text('form_filler.submitted_heading')}
          </Heading>
          <Paragraph>{text('form_filler.submitted_body')}</Paragraph>
          <pre data-testid="submitted-json">
            {JSON.stringify(Object.keys(submitted).length === 1 ? Object.values(submitted)[0] : submitted, null, 2)}
          </pre>
        </section>
      )}
    </>
  );
}

/**
 * The steps the page shows: the app's own `taskNavigation` when it has one, else every task of the
 * process once there is more than one form to move between. Any task with pages opens.
 */
function devTaskNavigation(
  layoutSet: LoadedLayoutSet,
  tasks: DevAppProps['tasks'],
  current: string | undefined,
  open: (taskId: string) => void,
  openable: number,
): FormTaskNavigation | undefined {
  const entries = navigationSettingsOf(layoutSet).taskNavigation;
  const processTasks = tasks.map((task) => ({ id: task.taskId, type: task.type }));
  let steps: readonly TaskStep[];
  if (entries.length > 0) {
    steps = taskSteps({ entries, tasks: processTasks, current, ended: false }).steps;
  } else if (openable > 1) {
    const named = tasks.map((task) => ({ kind: 'task' as const, taskId: task.taskId, name: task.name }));
    steps = taskSteps({ entries: named, tasks: processTasks, current, ended: false }).steps;
  } else {
    return undefined;
  }
  const withPages = new Set(tasks.filter((task) => task.layoutSetId).map((task) => task.taskId));
  return {
    steps,
    canOpen: (step) => step.kind === 'task' && withPages.has(step.key),
    onOpen: (step) => open(step.key),
  };
}

function DevForm({
  layoutSet,
  subformLayoutSets,
  models,
  language,
  onLanguageChange,
  taskNavigation,
  onSubmit,
}: {
  layoutSet: LoadedLayoutSet;
  subformLayoutSets: LoadedLayoutSet[];
  models: Models;
  language: string;
  onLanguageChange(language: string): void;
  taskNavigation: FormTaskNavigation | undefined;
  onSubmit(models: Models): void;
}) {
  const [registry] = useState(createDefaultRegistry);
  // The session is built here, not by SkjemaForm, to give it every data type's data kept so far.
  const [session] = useState(() =>
    createFormSession({
      layoutSet,
      initialData: models[layoutSet.dataType],
      dataModels: Object.fromEntries(Object.entries(models).filter(([dataType]) => dataType !== layoutSet.dataType)),
      language,
      componentTypes: registry.componentTypes(),
      componentValidators: registry.validators(),
      onSubmit: (_data, allModels) => onSubmit({ ...models, ...allModels }),
    }),
  );
  useEffect(
    () =>
      session.subscribeData((dataType) => {
        models[dataType] = session.read(dataType);
      }),
    [session, models],
  );
  return (
    <SkjemaForm
      layoutSet={layoutSet}
      session={session}
      subformLayoutSets={subformLayoutSets}
      registry={registry}
      language={language}
      onLanguageChange={onLanguageChange}
      taskNavigation={taskNavigation}
    />
  );
}

/** The folder is not an app: what was expected, and what is there instead. */
function WrongFolder({ problem }: { problem: AppFolderProblem }) {
  const { text } = useAppTexts();
  const found = 'found' in problem ? problem.found : undefined;
  return (
    <Alert data-color="danger" className="dev-wrong-folder">
      <Heading level={1} data-size="sm">
        {text('dev.app_not_found', [problem.appDir])}
      </Heading>
      {problem.kind === 'missing' && <Paragraph>{text('dev.folder_missing')}</Paragraph>}
      {problem.kind === 'is-app-folder' && <Paragraph>{text('dev.is_app_folder', [problem.parent])}</Paragraph>}
      {problem.kind === 'no-layouts' && <Paragraph>{text('dev.no_layouts')}</Paragraph>}
      {problem.kind !== 'is-app-folder' && problem.kind !== 'no-layouts' && (
        <Paragraph>{text('dev.expected_app')}</Paragraph>
      )}
      {found && (
        <Paragraph>{found.length > 0 ? text('dev.found', [found.join(', ')]) : text('dev.found_nothing')}</Paragraph>
      )}
    </Alert>
  );
}
