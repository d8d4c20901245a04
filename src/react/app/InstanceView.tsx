import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { navigationSettingsOf } from '../../core/app/navigationSettings.ts';
import type { TextResource } from '../../core/app/types.ts';
import type { TaskStep } from '../../core/navigation/index.ts';
import type { BackendValidationIssue } from '../../core/validation/index.ts';
import type { AppBootstrap, ConnectedApp, ConnectedInstance } from '../../connected/index.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { useAppTexts } from './AppTexts.ts';
import type { FormTaskNavigation } from '../SkjemaForm.tsx';
import { ConfirmationView } from './ConfirmationView.tsx';
import { ErrorPage } from './ErrorPage.tsx';
import { FeedbackView } from './FeedbackView.tsx';
import { PageHeading } from './PageHeading.tsx';
import { PastTaskView } from './PastTaskView.tsx';
import { problemOf } from './problemOf.ts';
import { ProcessIssues } from './ProcessIssues.tsx';
import { ReceiptView } from './ReceiptView.tsx';
import { SaveStatusIndicator } from './SaveStatusIndicator.tsx';
import { StepsFrame } from './StepsFrame.tsx';
import { appTaskNavigation, layoutSetOfTask, processTaskSteps } from './taskNavigation.ts';
import { TaskForm } from './TaskForm.tsx';
import { taskViewOf, type TaskView } from './taskView.ts';
import { useBeforeUnload } from './useBeforeUnload.ts';
import { useProcess, useSaveState } from './useInstanceState.ts';
import { useLayoutSets } from './useLayoutSets.ts';

export interface InstanceViewProps {
  app: ConnectedApp;
  instance: ConnectedInstance;
  bootstrap: AppBootstrap | undefined;
  language: string;
  appTexts: Record<string, TextResource[]>;
  /** A feedback task moved on elsewhere: the freshly opened instance takes over. */
  onReplace(instance: ConnectedInstance): void;
  registry?: ComponentRegistry;
  components?: readonly ComponentDefinition[];
  /** Every task of the process as a step when the app lists no `taskNavigation`. */
  showProcessSteps?: boolean;
}

/** Where the user is among the process steps, and the way to a completed one (shown read-only). */
interface StepsHost {
  /** The app-wide steps, for pages without a form. */
  steps: readonly TaskStep[];
  canOpen(step: TaskStep): boolean;
  open(step: TaskStep): void;
  /** The completed task the user opened, if any. */
  viewing?: string;
}

/** Outcome of the last attempt to move the process on. */
type MoveOutcome =
  { kind: 'none' } | { kind: 'blocked'; issues: readonly BackendValidationIssue[] } | { kind: 'failed' };

/**
 * A running instance: the current task's page, chosen by task type, with the save status under it.
 * Moving on (submit, confirm) saves first, then asks the backend; a 409 lists its issues, a
 * failure says so and keeps everything the user entered.
 */
export function InstanceView(props: InstanceViewProps) {
  const { instance } = props;
  const process = useProcess(instance);
  const saveState = useSaveState(instance);
  useBeforeUnload(useCallback(() => instance.hasUnsavedChanges(), [instance]));
  const view = taskViewOf(process, instance.layoutSetId);
  const viewKey = view.kind === 'receipt' ? 'receipt' : `${view.kind}:${view.taskId}`;
  // A completed task the user opened; forgotten when the process moves on.
  const [viewing, setViewing] = useState<{ taskId: string; from: string } | undefined>(undefined);
  const viewingTask = viewing?.from === viewKey ? viewing.taskId : undefined;
  const layoutSets = props.bootstrap?.layoutSets;
  const { showProcessSteps } = props;
  const steps: StepsHost = useMemo(
    () => ({
      steps: processTaskSteps(appTaskNavigation(layoutSets, showProcessSteps ? process : undefined), process),
      // A completed task with pages can be looked at; the current one is where the user goes back to.
      canOpen: (step) =>
        step.kind === 'task' &&
        (step.state === 'current' || (step.state === 'completed' && !!layoutSetOfTask(layoutSets, step.key))),
      open: (step) => setViewing(step.state === 'current' ? undefined : { taskId: step.key, from: viewKey }),
      viewing: viewingTask,
    }),
    [layoutSets, process, viewKey, viewingTask, showProcessSteps],
  );
  const pastLayoutSet = viewingTask ? layoutSetOfTask(layoutSets, viewingTask) : undefined;
  if (viewingTask && pastLayoutSet) {
    return (
      <PastTaskView
        key={viewingTask}
        app={props.app}
        instance={instance}
        layoutSetId={pastLayoutSet}
        language={props.language}
        registry={props.registry}
        components={props.components}
        taskNavigation={{ ...formSteps(steps, undefined, process), viewing: viewingTask }}
        onBack={() => setViewing(undefined)}
      />
    );
  }
  return (
    <>
      {/* A new task is a new page: its outcome, busy state and focus start afresh. */}
      <TaskPage key={viewKey} {...props} view={view} steps={steps} />
      {view.kind === 'form' && !view.readOnly && <SaveStatusIndicator state={saveState} />}
    </>
  );
}

/**
 * The steps a form shows: its own layout set's `taskNavigation` (the app-wide one unless the set
 * has its own), with the instance's process.
 */
function formSteps(
  host: StepsHost,
  layoutSet: Parameters<typeof navigationSettingsOf>[0] | undefined,
  process: ReturnType<typeof useProcess>,
): FormTaskNavigation {
  const pages = layoutSet?.settings.pages as { taskNavigation?: unknown } | undefined;
  // A set read through the loader has the app-wide list merged in; one built otherwise may not.
  const own = layoutSet && pages?.taskNavigation !== undefined;
  const steps = own ? processTaskSteps(navigationSettingsOf(layoutSet).taskNavigation, process) : host.steps;
  return { steps, canOpen: host.canOpen, onOpen: host.open, viewing: host.viewing };
}

function TaskPage({ view, steps, ...props }: InstanceViewProps & { view: TaskView; steps: StepsHost }) {
  const { app, instance, language } = props;
  const { text } = useAppTexts();
  const [outcome, setOutcome] = useState<MoveOutcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const moveOn = useCallback(
    async (action?: string) => {
      if (busy) return;
      setBusy(true);
      setOutcome({ kind: 'none' });
      try {
        await instance.flush();
        const result = await instance.processNext(action);
        if (result.kind === 'blocked') setOutcome({ kind: 'blocked', issues: result.issues });
        else if (result.kind === 'error') setOutcome({ kind: 'failed' });
      } catch {
        setOutcome({ kind: 'failed' });
      } finally {
        setBusy(false);
      }
    },
    [busy, instance],
  );
  const issues = outcome.kind === 'blocked' ? outcome.issues : undefined;
  const failure =
    outcome.kind === 'failed' ? (
      <Alert data-color="danger" role="alert">
        <Paragraph>{text('app_error.submit_failed')}</Paragraph>
      </Alert>
    ) : undefined;

  switch (view.kind) {
    case 'receipt':
      return (
        <ReceiptView
          instance={instance}
          metadata={props.bootstrap?.metadata}
          onNewCopy={async () => props.onReplace(await app.copyInstance(instance.instance.id))}
        />
      );
    case 'feedback':
      return (
        <StepsFrame steps={steps.steps} canOpen={steps.canOpen} onOpen={steps.open}>
          <FeedbackView app={app} instance={instance} onMoved={props.onReplace} />
        </StepsFrame>
      );
    case 'confirmation':
      return (
        <StepsFrame steps={steps.steps} canOpen={steps.canOpen} onOpen={steps.open}>
          <ConfirmationView
            app={app}
            instance={instance}
            bootstrap={props.bootstrap}
            language={language}
            appTexts={props.appTexts}
            taskId={view.taskId}
            canConfirm={view.canConfirm}
            busy={busy}
            issues={issues}
            error={failure}
            onConfirm={() => void moveOn('confirm')}
          />
        </StepsFrame>
      );
    case 'unsupported':
      return (
        <section className="skjema-app-page">
          <PageHeading>{text('app_error.title')}</PageHeading>
          <Paragraph>{text('task.unsupported', [view.name])}</Paragraph>
        </section>
      );
    case 'form':
      return (
        <FormTask
          {...props}
          steps={steps}
          layoutSetId={view.layoutSetId}
          readOnly={view.readOnly}
          issues={issues}
          failure={failure}
          onSubmit={() => void moveOn()}
        />
      );
  }
}

function FormTask({
  app,
  instance,
  language,
  layoutSetId,
  readOnly,
  issues,
  failure,
  onSubmit,
  registry,
  components,
  steps,
}: InstanceViewProps & {
  steps: StepsHost;
  layoutSetId: string;
  readOnly: boolean;
  issues: readonly BackendValidationIssue[] | undefined;
  failure: ReactNode;
  onSubmit(): void;
}) {
  const { text } = useAppTexts();
  const state = useLayoutSets(app, [layoutSetId]);
  const process = useProcess(instance);
  if (state.status === 'loading') return <Paragraph role="status">{text('general.loading')}</Paragraph>;
  if (state.status === 'failed') return <ErrorPage problem={problemOf(state.error)} />;
  return (
    <>
      {readOnly && (
        <Alert data-color="info">
          <Paragraph>{text('task.read_only')}</Paragraph>
        </Alert>
      )}
      <TaskForm
        instance={instance}
        layoutSet={state.layoutSets[0]}
        language={language}
        readOnly={readOnly}
        onSubmit={onSubmit}
        registry={registry}
        components={components}
        taskNavigation={formSteps(steps, state.layoutSets[0], process)}
      />
      {issues && <ProcessIssues issues={issues} />}
      {failure}
    </>
  );
}
