import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { LoadedLayoutSet } from '../core/app/types.ts';
import { createFormEngine, type FormEngineOptions } from '../core/form/index.ts';
import {
  createFormValidator,
  type BackendValidationIssue,
  type SubformEntriesState,
} from '../core/validation/index.ts';
import type { SavedModel } from '../core/save/index.ts';
import { AppInstanceProvider, useAppInstance } from './context/AppInstanceContext.ts';
import { AutosaveProvider } from './context/Autosave.ts';
import { SubformEntriesReportProvider, type ReportSubformEntries } from './context/SubformEntriesReport.ts';
import { SubformLayoutSetsProvider } from './context/SubformLayoutSets.ts';
import { TaskLayoutSetsProvider, type TaskLayoutSet } from './context/TaskLayoutSets.ts';
import { SubformEditorHost } from './components/Subform/SubformEditorHost.tsx';
import { createFormI18n } from './i18n/createI18n.ts';
import { useSaveScheduler } from './hooks/useSaveScheduler.ts';
import { FormLanguageProvider } from './i18n/FormLanguage.ts';
import type { ComponentRegistry } from './registry/ComponentRegistry.ts';
import { createDefaultRegistry } from './registry/defaultRegistry.ts';
import type { ComponentDefinition } from './registry/types.ts';
import { FormShell } from './render/FormShell.tsx';

export interface SkjemaFormProps {
  /** The layout set to render, as `loadLayoutSet` from `skjema/core` returns it. */
  layoutSet: LoadedLayoutSet;
  /** Initial content of the default data model. */
  initialData?: unknown;
  /**
   * The page to show, by its name in the page order: the form opens on it and moves to it whenever
   * it changes (deep links, an app's own navigation). A page the form would not show is ignored.
   */
  page?: string;
  /** Initial language (`nb`, `nn`, `en` or any the app has texts for); default `nb`. */
  language?: string;
  onLanguageChange?: (language: string) => void;
  /**
   * Called with the default data model when the user submits and no error blocks it. Warnings,
   * info and success messages never block.
   */
  onSubmit?: (data: Record<string, unknown>, allModels: Record<string, Record<string, unknown>>) => void;
  /** Components to add, or to use instead of a built-in type of the same name. */
  components?: readonly ComponentDefinition[];
  /** A complete registry to use instead of the built-in one (`components` is then applied on top). */
  registry?: ComponentRegistry;
  /** Overrides Settings.json `pages.showLanguageSelector`. */
  showLanguageSelector?: boolean;
  /** Instance, process and settings for expressions that read them. */
  environment?: FormEngineOptions['environment'];
  /** Issues from the app backend (`/validate`), shown alongside the form's own. */
  backendIssues?: readonly BackendValidationIssue[];
  /** Layout sets of other process tasks, for Summary2 components that summarise them (`target.taskId`). */
  taskLayoutSets?: readonly TaskLayoutSet[];
  /**
   * The app's subform layout sets (`"type": "subform"` in layout-sets.json), as `loadLayoutSet`
   * returns them. A Subform component finds its set here by id (`layoutSet`) to show its entries'
   * pages when one is added or edited, and to evaluate `entryDisplayName` and cell expressions
   * against an entry's data. Without its set a Subform still lists, adds and deletes entries but
   * says that they cannot be opened here.
   */
  subformLayoutSets?: readonly LoadedLayoutSet[];
  /**
   * Saves the data; without it nothing is scheduled. Called with every data model changed since
   * the last successful save (data type and whole JSON) once the user pauses: after a typing
   * field's `saveWhileTyping` (default 400 ms; `false`: when the field is left), after 400 ms for
   * other changes, or only on page change with Settings.json `pages.autoSaveBehavior: "onChangePage"`.
   * Also called at once on page change, before `onSubmit` and when the form unmounts. Never called
   * again before the returned promise settles. A rejected promise (or a throw) keeps the changes
   * pending, shows a non-blocking "not saved yet" message and retries with the next change, page
   * change or submit; submit waits for a successful save. Read when the form mounts.
   */
  onSaveData?: (models: SavedModel[]) => void | Promise<void>;
  /** Hears every failed `onSaveData` (the error it rejected with), for logging. */
  onSaveError?: (error: unknown) => void;
}

const NO_TASK_LAYOUT_SETS: readonly TaskLayoutSet[] = [];
const NO_SUBFORM_LAYOUT_SETS: readonly LoadedLayoutSet[] = [];

/** Renders an Altinn layout set as a multi-page form. */
export function SkjemaForm(props: SkjemaFormProps) {
  const { layoutSet, initialData, environment, backendIssues } = props;
  const initialLanguage = props.language ?? 'nb';
  // Engine, validator and i18n live as long as the form: re-rendering the parent must not reset
  // what the user typed. No dispose on unmount: their listeners point only into their own stores,
  // so they are garbage-collected with the form, and StrictMode's trial unmount must not kill them.
  const registry = useMemo(
    () => (props.registry ?? createDefaultRegistry()).extend(props.components ?? []),
    [props.registry, props.components],
  );
  // What the engine knows of each type (display values, required rules, checks) is read once, like the layout set.
  const [engine] = useState(() =>
    createFormEngine({
      layoutSet,
      initialData,
      environment,
      language: initialLanguage,
      componentTypes: registry.componentTypes(),
    }),
  );
  const saveScheduler = useSaveScheduler(engine, { onSaveData: props.onSaveData, onSaveError: props.onSaveError });
  // Uploads live outside the form data; their counts, for min/max checks, are reported for every
  // upload component in the form, on screen or not (`OutsideDataChecks`).
  const [attachmentCounts] = useState(() => new Map<string, number>());
  // Subform entries are data elements of their own, reported the same way.
  const [subformEntries] = useState(() => new Map<string, SubformEntriesState>());
  const [validator] = useState(() =>
    createFormValidator(engine, {
      backendIssues,
      attachmentsCount: (node) => attachmentCounts.get(node.id) ?? 0,
      subformEntries: (node) => subformEntries.get(node.id),
    }),
  );
  const reportSubformEntries: ReportSubformEntries = useCallback(
    (nodeId, state) => {
      subformEntries.set(nodeId, state);
      validator.refreshSubformEntries(nodeId);
    },
    [subformEntries, validator],
  );
  const [i18n] = useState(() => createFormI18n(initialLanguage, Object.keys(layoutSet.texts)));
  // An app may also provide the instance around the form; the environment's wins where given.
  const outerInstance = useAppInstance();
  const { onLanguageChange } = props;
  useEffect(() => {
    const listener = (language: string) => {
      engine.setLanguage(language);
      onLanguageChange?.(language);
    };
    i18n.on('languageChanged', listener);
    return () => i18n.off('languageChanged', listener);
  }, [engine, i18n, onLanguageChange]);
  useEffect(() => {
    if (props.language && props.language !== i18n.language) void i18n.changeLanguage(props.language);
  }, [i18n, props.language]);
  useEffect(() => {
    if (backendIssues) validator.replaceBackendIssues(backendIssues);
  }, [validator, backendIssues]);
  return (
    <I18nextProvider i18n={i18n}>
      <FormLanguageProvider>
        <AppInstanceProvider
          instance={environment?.instance ?? outerInstance.instance}
          dataElements={environment?.dataElements ?? outerInstance.dataElements}
        >
          <TaskLayoutSetsProvider value={props.taskLayoutSets ?? NO_TASK_LAYOUT_SETS}>
            <SubformLayoutSetsProvider value={props.subformLayoutSets ?? NO_SUBFORM_LAYOUT_SETS}>
              <SubformEditorHost form={SkjemaForm} formProps={props} engine={engine}>
                <SubformEntriesReportProvider value={reportSubformEntries}>
                  <AutosaveProvider value={saveScheduler}>
                    <FormShell
                      {...props}
                      engine={engine}
                      validator={validator}
                      attachmentCounts={attachmentCounts}
                      componentRegistry={registry}
                    />
                  </AutosaveProvider>
                </SubformEntriesReportProvider>
              </SubformEditorHost>
            </SubformLayoutSetsProvider>
          </TaskLayoutSetsProvider>
        </AppInstanceProvider>
      </FormLanguageProvider>
    </I18nextProvider>
  );
}
