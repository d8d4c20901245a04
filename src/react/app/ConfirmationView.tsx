import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { TextResource } from '../../core/app/types.ts';
import type { BackendValidationIssue } from '../../core/validation/index.ts';
import type { AppBootstrap, ConnectedApp, ConnectedInstance } from '../../connected/index.ts';
import type { AppProcessState } from '../../wire/index.ts';
import { SkjemaForm } from '../SkjemaForm.tsx';
import { useAppTexts } from './AppTexts.ts';
import { ConfirmationPage } from './ConfirmationPage.tsx';
import { useStoredModels } from './storedModels.ts';
import { summaryLayoutSet } from './summaryLayoutSet.ts';
import { dataTasksBefore } from './taskView.ts';
import { useLayoutSets } from './useLayoutSets.ts';

export interface ConfirmationViewProps {
  app: ConnectedApp;
  instance: ConnectedInstance;
  bootstrap: AppBootstrap | undefined;
  language: string;
  appTexts: Record<string, TextResource[]>;
  taskId: string;
  canConfirm: boolean;
  busy: boolean;
  issues?: readonly BackendValidationIssue[];
  error?: ReactNode;
  onConfirm(): void;
}

/** A confirmation task without pages of its own: a summary of the data tasks before it, then confirm. */
export function ConfirmationView(props: ConfirmationViewProps) {
  const { instance, bootstrap, taskId } = props;
  const tasks = dataTasksBefore(instance.process as AppProcessState, taskId);
  const sets = bootstrap?.layoutSets.sets ?? [];
  const summarised = tasks
    .map((task) => ({ task, set: sets.find((set) => set.tasks?.includes(task)) }))
    .filter((entry): entry is { task: string; set: (typeof sets)[number] } => entry.set !== undefined);
  return (
    <ConfirmationPage
      summary={<TaskSummaries {...props} summarised={summarised} />}
      canConfirm={props.canConfirm}
      onConfirm={props.onConfirm}
      busy={props.busy}
      issues={props.issues}
      error={props.error}
    />
  );
}

function TaskSummaries({
  app,
  instance,
  language,
  appTexts,
  taskId,
  summarised,
}: ConfirmationViewProps & { summarised: { task: string; set: { id: string; dataType?: string | null } }[] }) {
  const { text } = useAppTexts();
  const state = useLayoutSets(
    app,
    summarised.map((entry) => entry.set.id),
  );
  const models = useStoredModels(instance, state.status === 'ready' ? state.layoutSets : undefined);
  if (summarised.length === 0) return null;
  if (state.status === 'failed') return <Paragraph>{text('summary.task_unavailable', [taskId])}</Paragraph>;
  if (state.status === 'loading' || !models) return <Paragraph role="status">{text('general.loading')}</Paragraph>;
  const taskLayoutSets = state.layoutSets.map((layoutSet) => ({
    layoutSet,
    initialData: models.get(layoutSet.dataType),
  }));
  const layoutSet = summaryLayoutSet(
    `confirmation-${taskId}`,
    summarised.map((entry) => entry.task),
    state.layoutSets[0].dataType,
    appTexts,
    state.layoutSets[0].applicationMetadata,
  );
  return <SkjemaForm layoutSet={layoutSet} language={language} taskLayoutSets={taskLayoutSets} />;
}
