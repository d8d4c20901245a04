import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState, type ReactNode } from 'react';
import type { TextResource } from '../../core/app/types.ts';
import type { BackendValidationIssue } from '../../core/validation/index.ts';
import type { AppBootstrap, ConnectedApp, ConnectedInstance } from '../../connected/index.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { useAppTexts } from './AppTexts.ts';
import { ConfirmationView } from './ConfirmationView.tsx';
import { ErrorPage } from './ErrorPage.tsx';
import { FeedbackView } from './FeedbackView.tsx';
import { PageHeading } from './PageHeading.tsx';
import { problemOf } from './problemOf.ts';
import { ProcessIssues } from './ProcessIssues.tsx';
import { ReceiptView } from './ReceiptView.tsx';
import { SaveStatusIndicator } from './SaveStatusIndicator.tsx';
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
  return (
    <>
      {/* A new task is a new page: its outcome, busy state and focus start afresh. */}
      <TaskPage key={viewKey} {...props} view={view} />
      {view.kind === 'form' && !view.readOnly && <SaveStatusIndicator state={saveState} />}
    </>
  );
}

function TaskPage({ view, ...props }: InstanceViewProps & { view: TaskView }) {
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
      return <ReceiptView instance={instance} metadata={props.bootstrap?.metadata} />;
    case 'feedback':
      return <FeedbackView app={app} instance={instance} onMoved={props.onReplace} />;
    case 'confirmation':
      return (
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
}: InstanceViewProps & {
  layoutSetId: string;
  readOnly: boolean;
  issues: readonly BackendValidationIssue[] | undefined;
  failure: ReactNode;
  onSubmit(): void;
}) {
  const { text } = useAppTexts();
  const state = useLayoutSets(app, [layoutSetId]);
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
      />
      {issues && <ProcessIssues issues={issues} />}
      {failure}
    </>
  );
}
