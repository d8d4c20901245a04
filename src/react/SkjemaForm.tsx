import { useContext, useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { LoadedLayoutSet } from '../core/app/types.ts';
import type { TaskStep } from '../core/navigation/index.ts';
import type { FormEngineOptions } from '../core/form/index.ts';
import type { FormAnalytics, FormAnalyticsEvent } from '../core/analytics/index.ts';
import type { BackendValidationIssue } from '../core/validation/index.ts';
import type { SavedModel } from '../core/save/index.ts';
import { createFormSession, type FormSession } from '../core/session/index.ts';
import { AppInstanceProvider, useAppInstance } from './context/AppInstanceContext.ts';
import { FormAnalyticsContext } from './context/FormAnalytics.ts';
import {
  PrecompiledValidatorsProvider,
  usePrecompiledValidators,
  type PrecompiledValidatorsByDataType,
} from './context/PrecompiledValidators.ts';
import { SubformEntriesReportProvider } from './context/SubformEntriesReport.ts';
import { SubformLayoutSetsProvider } from './context/SubformLayoutSets.ts';
import { TaskLayoutSetsProvider, type TaskLayoutSet } from './context/TaskLayoutSets.ts';
import {
  hasSubform,
  LazySubformEditorHost,
  subformEditorHostPart,
} from './components/Subform/lazySubformEditorHost.tsx';
import { rendererTypesOfLayoutSet } from './render/rendererTypes.ts';
import { useFirstPageRenderers } from './render/useFirstPageRenderers.ts';
import { useLightFieldsLoaded } from './render/light/lightFieldsPart.ts';
import { createFormI18n } from './i18n/createI18n.ts';
import { BuiltinTextsLoaded } from './i18n/BuiltinTextsLoaded.tsx';
import { useDataMismatchWarning } from './hooks/useDataMismatchWarning.ts';
import { useAnalyticsListener, useAttachedAnalytics } from './hooks/useFormAnalytics.ts';
import { useSaveOnUnmount, useSessionCallbacks } from './hooks/useSaveScheduler.ts';
import { FormLanguageProvider } from './i18n/FormLanguage.ts';
import type { ComponentRegistry } from './registry/ComponentRegistry.ts';
import { createDefaultRegistry } from './registry/defaultRegistry.ts';
import type { ComponentDefinition } from './registry/types.ts';
import { FormHeadingsProvider, type TitleLevel } from './render/formHeadings.tsx';
import { FormShell, hasAppNavigation } from './render/FormShell.tsx';
import { appNavigationPart } from './navigation/lazyAppNavigation.tsx';
import { PartsLoaded, type OnDemandPart } from './render/onDemandPart.tsx';
import { formAnalyticsPart } from './render/formAnalyticsPart.ts';
import { markdownElementsPart } from './components/shared/markdownElementsPart.ts';
import { hasHelpTexts } from './components/shared/hasHelpTexts.ts';
import { helpPart } from './components/shared/useHelp.tsx';
import { loadedMarkdownParser } from '../core/texts/markdownLoader.ts';

/** The process steps the navigation shows (Settings' `taskNavigation`), and which of them open. */
export interface FormTaskNavigation {
  /** The steps in order with their state; the current one (or `viewing`) holds the form's pages. */
  steps: readonly TaskStep[];
  /** Whether the user may open a step that is not the one shown; default: none. */
  canOpen?(step: TaskStep): boolean;
  onOpen?(step: TaskStep): void;
  /** The step this form belongs to when it is not the current one (a completed task shown read-only). */
  viewing?: string;
}

export interface SkjemaFormProps {
  /** The layout set to render, as `loadLayoutSet` from `skjema/core` returns it. */
  layoutSet: LoadedLayoutSet;
  /**
   * A running form from `createFormSession` (`skjema/core`) to render instead of one built from
   * these props. Its data, permissions, saving, component types and `onSubmit` are its own:
   * `layoutSet`, `initialData`, `onSaveData` and the engine half of `components` are not read (give
   * the session the registry's `componentTypes()` and `validators()`). `components` still render,
   * `environment` still provides the instance, and `onSubmit` is also called once the session has
   * delivered. Read when the form mounts.
   */
  session?: FormSession;
  /**
   * Initial content of the default data model. What does not fit the data model's schema is kept as
   * it is (saved unchanged, never converted or dropped) and listed in a console warning; a field
   * whose path it blocks (`event.name` where `event` is a list) says it cannot be saved.
   */
  initialData?: unknown;
  /**
   * The page to show, by its name in the page order: the form opens on it and moves to it whenever
   * it changes (deep links, an app's own navigation). A page the form would not show is ignored.
   */
  page?: string;
  /**
   * Initial language (`nb`, `nn`, `en` or any the app has texts for); default `nb`. The form marks
   * its own root element with `lang`; `<html lang>` is the host page's (a page that is only this
   * form sets it from `onLanguageChange`).
   */
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
  /**
   * The process steps to show in the navigation, with where the process is. Without it Settings'
   * `taskNavigation` is shown with the layout set's own task as the current step, and no step opens.
   */
  taskNavigation?: FormTaskNavigation;
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
  /**
   * The data models' validators compiled at build time, by data type: the default export of the
   * index `skjema compile` writes, or of `…/model.schema.json?skjema-validators` through the
   * `skjema/vite` plugin. With them no schema is compiled in the browser, so the form validates
   * under a Content-Security-Policy without `'unsafe-eval'`. Default: those of an enclosing
   * `<AltinnApp>`, else schemas are checked by an interpreting validator. Read when the form mounts.
   */
  precompiledValidators?: PrecompiledValidatorsByDataType;
  /**
   * Opt-in analytics: told each page viewed, the time spent on a page when the user leaves it,
   * validation messages shown (text keys and counts), each save's latency, the submit, and an
   * abandoned form (the page hidden or closed before submit). Events carry no user data; nothing
   * is sent anywhere unless the host forwards it. With a given `session`, saves and the submit are
   * measured only when that session was made with `createFormAnalytics`' `timedSave`. Read when
   * the form mounts ([analytics.md](../../docs/analytics.md)).
   */
  onAnalytics?: (event: FormAnalyticsEvent) => void;
  /**
   * The heading level of the form's title (1–6, default 1, or as an enclosing `<AltinnApp>` has
   * it): give the level the form sits at in the host page's outline (2 under the page's own h1).
   * Every heading inside the form (page headers, groups, summaries) moves down with it, so the
   * outline keeps no gaps and one h1. Their look stays.
   */
  titleLevel?: TitleLevel;
  /**
   * Shows no form title, for a host that shows it itself (its h1, say: then leave `titleLevel` at
   * 1, and the form's headings start at h2). Screen readers still hear the title when a page
   * change moves focus to the top of the form.
   */
  hideTitle?: boolean;
}

const NO_TASK_LAYOUT_SETS: readonly TaskLayoutSet[] = [];
const NO_SUBFORM_LAYOUT_SETS: readonly LoadedLayoutSet[] = [];

/** Renders an Altinn layout set as a multi-page form. */
export function SkjemaForm(props: SkjemaFormProps) {
  const layoutSet = props.session?.engine.layoutSet ?? props.layoutSet;
  // Read once, like the first page's renderers: later forms of the same page need the same parts.
  const [parts] = useState(() => formParts(layoutSet, props.taskNavigation, props.onAnalytics));
  const [types] = useState(() => formTypes([layoutSet, ...(props.subformLayoutSets ?? [])]));
  return (
    <BuiltinTextsLoaded language={props.language ?? props.session?.engine.language ?? 'nb'} types={types}>
      <PartsLoaded parts={parts}>
        <FormSessionBuilder {...props} />
      </PartsLoaded>
    </BuiltinTextsLoaded>
  );
}

/** The component types of the form and its subforms, whose built-in texts it shows. */
function formTypes(layoutSets: readonly (LoadedLayoutSet | undefined)[]): readonly string[] {
  return [...new Set(layoutSets.flatMap((layoutSet) => (layoutSet ? rendererTypesOfLayoutSet(layoutSet) : [])))];
}

/** The parts of the React layer only some forms load that this one shows from the start. */
function formParts(
  layoutSet: LoadedLayoutSet | undefined,
  taskNavigation: FormTaskNavigation | undefined,
  onAnalytics: SkjemaFormProps['onAnalytics'],
) {
  const parts: OnDemandPart<unknown>[] = [];
  if (onAnalytics) parts.push(formAnalyticsPart);
  if (layoutSet && hasAppNavigation(layoutSet, taskNavigation)) parts.push(appNavigationPart);
  if (layoutSet && hasSubform(layoutSet)) parts.push(subformEditorHostPart);
  // `preloadParts` loaded the reader because a text of the app has mark-up: its elements come too.
  if (loadedMarkdownParser()) parts.push(markdownElementsPart);
  if (layoutSet && hasHelpTexts(layoutSet)) parts.push(helpPart);
  return parts;
}

/**
 * Builds the form's session while the renderers of its first page download, then shows the form
 * once they are loaded: the page renders in the same pass as the form (see `useFirstPageRenderers`),
 * and the session's start-up work (tree, first validation) no longer waits for the download. Only
 * the session is built here; what acts on it (effects, analytics, saving) starts with the form.
 */
function FormSessionBuilder(props: SkjemaFormProps) {
  const { environment, backendIssues } = props;
  const registry = useMemo(
    () => (props.registry ?? createDefaultRegistry()).extend(props.components ?? []),
    [props.registry, props.components],
  );
  // Before the session: the download starts first and runs while the session is built.
  const renderersLoaded = useFirstPageRenderers(
    registry,
    props.session?.engine.layoutSet ?? props.layoutSet,
    props.page,
  );
  const lightFieldsLoaded = useLightFieldsLoaded(props.session?.engine.layoutSet ?? props.layoutSet);
  const callbacks = useSessionCallbacks(props);
  const analyticsListener = useAnalyticsListener(props.onAnalytics);
  const outerAnalytics = useContext(FormAnalyticsContext);
  const [analytics] = useState(
    () =>
      outerAnalytics ??
      (analyticsListener ? formAnalyticsPart.loaded()?.createFormAnalytics(analyticsListener) : undefined),
  );
  const outerValidators = usePrecompiledValidators();
  const precompiledValidators = props.precompiledValidators ?? outerValidators;
  // The session (engine, validator, saving, navigation) lives as long as the form: re-rendering the
  // parent must not reset what the user typed. No dispose on unmount: its listeners point only into
  // its own stores, so it is garbage-collected with the form, and StrictMode's trial unmount must not kill it.
  const [session] = useState(
    () =>
      props.session ??
      createFormSession({
        layoutSet: props.layoutSet,
        initialData: props.initialData,
        environment,
        language: props.language ?? 'nb',
        backendIssues,
        // Component definitions' own validators are read once, like the layout set.
        componentValidators: registry.validators(),
        componentTypes: registry.componentTypes(),
        precompiledValidators,
        page: props.page,
        save: callbacks.save && analytics ? analytics.timedSave(callbacks.save) : callbacks.save,
        onSaveError: callbacks.onSaveError,
        onSubmit: analytics
          ? (data, allModels) => {
              analytics.submitted();
              callbacks.onSubmit(data, allModels);
            }
          : callbacks.onSubmit,
      }),
  );
  if (!renderersLoaded || !lightFieldsLoaded) return null;
  return <FormWithRenderers {...props} registry={registry} formSession={session} analytics={analytics} />;
}

interface FormWithRenderersProps extends SkjemaFormProps {
  registry: ComponentRegistry;
  /** The session the form shows: the host's `session`, or the one `FormSessionBuilder` built. */
  formSession: FormSession;
  analytics: FormAnalytics | undefined;
}

function FormWithRenderers({ registry, formSession: session, analytics, ...props }: FormWithRenderersProps) {
  const { environment, backendIssues } = props;
  useAttachedAnalytics(analytics, session);
  const outerValidators = usePrecompiledValidators();
  const precompiledValidators = props.precompiledValidators ?? outerValidators;
  const ownSession = session !== props.session;
  useSaveOnUnmount(session);
  useDataMismatchWarning(session);
  const { engine } = session;
  const [i18n] = useState(() => createFormI18n(props.language ?? engine.language, Object.keys(engine.layoutSet.texts)));
  // An app may also provide the instance around the form; the environment's wins where given.
  const outerInstance = useAppInstance();
  const { onLanguageChange } = props;
  useEffect(() => {
    // A given session may have started in another language than the `language` prop.
    if (session.engine.language !== i18n.language) session.setLanguage(i18n.language);
    const listener = (language: string) => {
      session.setLanguage(language);
      onLanguageChange?.(language);
    };
    i18n.on('languageChanged', listener);
    return () => i18n.off('languageChanged', listener);
  }, [session, i18n, onLanguageChange]);
  useEffect(() => {
    if (props.language && props.language !== i18n.language) void i18n.changeLanguage(props.language);
  }, [i18n, props.language]);
  useEffect(() => {
    if (backendIssues) session.replaceBackendIssues(backendIssues);
  }, [session, backendIssues]);
  return (
    <I18nextProvider i18n={i18n}>
      <FormLanguageProvider>
        <AppInstanceProvider
          instance={environment?.instance ?? outerInstance.instance}
          dataElements={environment?.dataElements ?? outerInstance.dataElements}
        >
          <PrecompiledValidatorsProvider value={precompiledValidators}>
            <TaskLayoutSetsProvider value={props.taskLayoutSets ?? NO_TASK_LAYOUT_SETS}>
              <SubformLayoutSetsProvider value={props.subformLayoutSets ?? NO_SUBFORM_LAYOUT_SETS}>
                <LazySubformEditorHost
                  needed={hasSubform(engine.layoutSet)}
                  form={SkjemaForm}
                  formProps={props}
                  engine={engine}
                >
                  <SubformEntriesReportProvider value={session.reportSubformEntries}>
                    <FormAnalyticsContext.Provider value={undefined}>
                      {/* The session it built delivers to `onSubmit` itself; a given one delivers to its own first. */}
                      <FormHeadingsProvider titleLevel={props.titleLevel} hideTitle={props.hideTitle}>
                        <FormShell
                          {...props}
                          session={session}
                          onSubmit={ownSession ? undefined : props.onSubmit}
                          componentRegistry={registry}
                        />
                      </FormHeadingsProvider>
                    </FormAnalyticsContext.Provider>
                  </SubformEntriesReportProvider>
                </LazySubformEditorHost>
              </SubformLayoutSetsProvider>
            </TaskLayoutSetsProvider>
          </PrecompiledValidatorsProvider>
        </AppInstanceProvider>
      </FormLanguageProvider>
    </I18nextProvider>
  );
}
