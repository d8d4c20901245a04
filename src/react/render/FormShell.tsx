import { Paragraph } from '@digdir/designsystemet-react';
import { Heading, useFormHeadings } from './formHeadings.tsx';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { navigationSettingsOf } from '../../core/app/navigationSettings.ts';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { taskSteps } from '../../core/navigation/index.ts';
import type { FormSession, NavigationResult } from '../../core/session/index.ts';
import { LanguageSelector } from '../components/LanguageSelector/LanguageSelector.tsx';
import { useMediaQuery } from '../components/shared/useMediaQuery.ts';
import {
  FormContext,
  useFormContext,
  type FormContextValue,
  type FormNavigation,
  type SummaryReturn,
} from '../context/FormContext.ts';
import { useText, useTextResolver } from '../i18n/useTexts.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import { LazyAppNavigation } from '../navigation/lazyAppNavigation.tsx';
import { SIDEBAR_MEDIA } from '../navigation/layout.ts';
import type { FormTaskNavigation, SkjemaFormProps } from '../SkjemaForm.tsx';
import { ErrorReport } from './ErrorReport.tsx';
import { searchRoot } from './searchRoot.ts';
import { FormPage } from './FormPage.tsx';
import { focusComponent } from './focusComponent.ts';
import { OutsideDataChecks } from './OutsideDataChecks.tsx';
import { createOutsideLists, OutsideListsProvider } from './OutsideLists.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { ValidationAnnouncer } from './ValidationAnnouncer.tsx';

interface FormShellProps extends SkjemaFormProps {
  session: FormSession;
  /** The built-in or given registry with `components` applied, as `SkjemaForm` built it. */
  componentRegistry: ComponentRegistry;
}

/** The form around its current page: title, language, progress, the page, the error report. */
export function FormShell({ session, componentRegistry: registry, ...props }: FormShellProps) {
  const { i18n } = useTranslation();
  const { engine, validator, saveScheduler: autosave } = session;
  const sessionNavigation = session.navigation;
  const subscribe = useCallback((onChange: () => void) => sessionNavigation.subscribe(onChange), [sessionNavigation]);
  // The session decides the page (a hidden one yields to the first visible one) and saves on every change.
  const pagesKey = useSyncExternalStore(subscribe, () => sessionNavigation.pages().join('\n'));
  const current = useSyncExternalStore(subscribe, () => sessionNavigation.current());
  const pages = useMemo(() => (pagesKey === '' ? [] : pagesKey.split('\n')), [pagesKey]);
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);
  const [returnToSummary, setReturnToSummary] = useState<SummaryReturn | undefined>(undefined);
  const [reportRequested, setReportRequested] = useState(0);
  // Subform entries and attachments, listed once for the components and for their checks.
  const [outsideLists] = useState(createOutsideLists);
  const titleRef = useRef<HTMLHeadingElement & HTMLDivElement>(null);
  const reportRef = useRef<HTMLElement>(null);
  const navigatedRef = useRef(false);

  // The `page` prop moves the form when it changes; the user's own navigation moves it in between.
  useEffect(() => {
    if (props.page !== undefined) sessionNavigation.goTo(props.page);
  }, [sessionNavigation, props.page]);

  const goTo = useCallback(
    (page: string) => {
      navigatedRef.current = true;
      sessionNavigation.goTo(page);
    },
    [sessionNavigation],
  );
  useEffect(() => {
    if (!navigatedRef.current) return;
    navigatedRef.current = false;
    if (pendingFocus) return;
    // After a page change, keyboard and screen-reader users start at the top of the new page.
    titleRef.current?.focus();
    titleRef.current?.scrollIntoView?.({ block: 'start' });
  }, [current, pendingFocus]);
  useEffect(() => {
    // A blocked navigation or submit: take the user to the list of what to fix.
    if (reportRequested > 0) reportRef.current?.focus();
  }, [reportRequested]);
  useEffect(() => {
    if (!pendingFocus) return;
    // Containers may need a render to open the row holding the field; try until it is there.
    let attempts = 0;
    const root = searchRoot(titleRef.current ?? reportRef.current);
    const timer = setInterval(() => {
      if (focusComponent(pendingFocus, root) || ++attempts > 20) {
        clearInterval(timer);
        setPendingFocus(undefined);
      }
    }, 25);
    return () => clearInterval(timer);
  }, [pendingFocus, current]);

  const navigation: FormNavigation = useMemo(() => {
    const shown = (result: NavigationResult) => {
      if (result.blocking.length > 0) setReportRequested((count) => count + 1);
      return result;
    };
    const move = (step: () => NavigationResult) => {
      navigatedRef.current = true;
      const { moved } = shown(step());
      navigatedRef.current = moved;
      if (moved) setReturnToSummary(undefined);
      return moved;
    };
    return {
      pages,
      current: current ?? '',
      goTo: (page) => {
        setReturnToSummary(undefined);
        goTo(page);
      },
      next: (config) => move(() => sessionNavigation.next(config)),
      previous: (config) => move(() => sessionNavigation.previous(config)),
      navigate: (page, validation) => move(() => sessionNavigation.navigate(page, validation)),
      validate: (config) => shown(sessionNavigation.validate(config)).blocking.length === 0,
    };
  }, [pages, current, goTo, sessionNavigation]);

  const { onSubmit } = props;
  const submit = useCallback(() => {
    const attempt = session.submit();
    if (!attempt.ok) {
      setReportRequested((count) => count + 1);
      return;
    }
    // A session given to the form delivers to its own `onSubmit`; the form's follows it.
    if (onSubmit) void attempt.submitted.then((form) => form && onSubmit(form.data, form.allModels));
  }, [session, onSubmit]);
  const focusNode = useCallback(
    (nodeId: string, page: string, from?: SummaryReturn) => {
      setPendingFocus(nodeId);
      // The way back is only needed when the field is on another page than the summary.
      setReturnToSummary(from && from.page !== page ? from : undefined);
      if (page !== current) goTo(page);
    },
    [current, goTo],
  );
  const backToSummary = useCallback(() => {
    if (!returnToSummary) return;
    setPendingFocus(returnToSummary.focusId);
    setReturnToSummary(undefined);
    goTo(returnToSummary.page);
  }, [returnToSummary, goTo]);

  const context: FormContextValue = useMemo(
    () => ({
      session,
      engine,
      registry,
      navigation,
      validator,
      submit,
      focusNode,
      pendingFocus,
      reportAttachments: session.reportAttachments,
      returnToSummary,
      backToSummary,
    }),
    [session, engine, registry, navigation, validator, submit, focusNode, pendingFocus, returnToSummary, backToSummary],
  );
  const languages = Object.keys(engine.layoutSet.texts);
  const pageSettings = (engine.layoutSet.settings.pages ?? {}) as {
    showLanguageSelector?: boolean;
    showProgress?: boolean;
    expandedWidth?: boolean;
  };
  const showLanguageSelector = props.showLanguageSelector ?? pageSettings.showLanguageSelector ?? false;
  const taskNavigation = useMemo(
    () => props.taskNavigation ?? stepsOfLayoutSet(engine.layoutSet),
    [props.taskNavigation, engine.layoutSet],
  );
  const appNavigation = hasAppNavigation(engine.layoutSet, taskNavigation);
  const pageExpanded = current ? engine.layoutSet.layouts[current]?.data.expandedWidth : undefined;
  const expandedWidth = (typeof pageExpanded === 'boolean' ? pageExpanded : pageSettings.expandedWidth) === true;
  const sidebar = useMediaQuery(SIDEBAR_MEDIA) && !expandedWidth && appNavigation;
  return (
    <FormContext.Provider value={context}>
      <OutsideListsProvider value={outsideLists}>
        <OutsideDataChecks />
        {/* The form stays the second child whether the sidebar is there or not, so it is not remounted. */}
        <div className={sidebar ? 'skjema-form-layout skjema-with-sidebar' : 'skjema-form-layout'}>
          {sidebar && <FormAppNavigation variant="sidebar" taskNavigation={taskNavigation} />}
          <div className="skjema-form" lang={i18n.language} onBlur={autosave ? session.fieldLeft : undefined}>
            <div className="skjema-form-header">
              <FormTitle ref={titleRef} />
              {showLanguageSelector && <LanguageSelector languages={languages} />}
            </div>
            {appNavigation && !sidebar && <FormAppNavigation variant="collapsible" taskNavigation={taskNavigation} />}
            {pageSettings.showProgress && current && (
              <PageProgress number={pages.indexOf(current) + 1} total={pages.length} page={current} />
            )}
            {current && <FormPage key={current} pageKey={current} />}
            {reportRequested > 0 && <ErrorReport ref={reportRef} />}
            <ValidationAnnouncer />
            {autosave && <SaveStatus scheduler={autosave} />}
          </div>
        </div>
      </OutsideListsProvider>
    </FormContext.Provider>
  );
}

const NO_STEPS: FormTaskNavigation = { steps: [] };

/** Whether the form shows the app navigation: Settings' groups or process steps; a plain page order does not. */
export function hasAppNavigation(layoutSet: LoadedLayoutSet, taskNavigation = stepsOfLayoutSet(layoutSet)): boolean {
  return navigationSettingsOf(layoutSet).groups !== undefined || taskNavigation.steps.length > 0;
}

/** Settings' `taskNavigation` with the layout set's own task current, for a form shown without its process. */
function stepsOfLayoutSet(layoutSet: LoadedLayoutSet): FormTaskNavigation {
  const { taskNavigation } = navigationSettingsOf(layoutSet);
  if (taskNavigation.length === 0) return NO_STEPS;
  return {
    steps: taskSteps({ entries: taskNavigation, tasks: [], current: layoutSet.tasks?.[0], ended: false }).steps,
  };
}

/** The app navigation over the form's session: page groups with marks, and the process steps. */
function FormAppNavigation({
  variant,
  taskNavigation,
}: {
  variant: 'sidebar' | 'collapsible';
  taskNavigation: FormTaskNavigation;
}) {
  const { session, navigation } = useFormContext();
  const texts = useTextResolver();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const off = [session.navigation.subscribe(onChange), session.validator.subscribe(onChange)];
      return () => off.forEach((unsubscribe) => unsubscribe());
    },
    [session],
  );
  const model = useSyncExternalStore(subscribe, () => session.navigation.model());
  const pagesSettings = session.engine.layoutSet.settings.pages as
    { navigationTitle?: unknown; showProgress?: boolean } | undefined;
  const titleKey = pagesSettings?.navigationTitle;
  const text = useCallback(
    (key: string, params?: readonly unknown[]) => texts.resolve(key, params ? { params: [...params] } : undefined),
    [texts],
  );
  return (
    <LazyAppNavigation
      variant={variant}
      title={text(typeof titleKey === 'string' ? titleKey : 'navigation.form_pages')}
      text={text}
      steps={taskNavigation.steps}
      canOpenStep={taskNavigation.canOpen}
      onOpenStep={taskNavigation.onOpen}
      viewing={taskNavigation.viewing}
      pages={model}
      onOpenPage={(page) => navigation.navigate(page)}
      pageProgress={!pagesSettings?.showProgress}
    />
  );
}

function FormTitle({ ref }: { ref: React.Ref<HTMLHeadingElement & HTMLDivElement> }) {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const { hideTitle } = useFormHeadings();
  const title = texts.has('appName')
    ? texts.resolve('appName')
    : (metadataTitleOf(engine.layoutSet.applicationMetadata, texts.language) ?? engine.layoutSet.id);
  // A host that shows the title itself still needs a place to move focus to on a page change,
  // where a screen reader says which form it is in; as a heading it would be the outline's second.
  if (hideTitle)
    return (
      <div ref={ref} tabIndex={-1} className="skjema-form-title skjema-visually-hidden">
        {title}
      </div>
    );
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="skjema-form-title">
      {title}
    </Heading>
  );
}

/**
 * The app's title from its metadata when it has no `appName` text: in the form's language, else in
 * Bokmål or any language it has, else the app's name from its id. The layout set's id (what is left
 * for a form given no metadata) is a developer's name, shown only when nothing else is known.
 */
function metadataTitleOf(metadata: Record<string, unknown> | undefined, language: string): string | undefined {
  const titles = metadata?.title;
  if (titles && typeof titles === 'object') {
    const byLanguage = titles as Record<string, unknown>;
    const title = [byLanguage[language], byLanguage.nb, ...Object.values(byLanguage)].find(
      (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
    );
    if (title) return title;
  }
  const id = metadata?.id;
  return typeof id === 'string' && id.includes('/') ? id.slice(id.indexOf('/') + 1) : undefined;
}

function PageProgress({ number, total, page }: { number: number; total: number; page: string }) {
  const texts = useTextResolver();
  const progress = useText('navigation.page_x_of_y', { params: [number, total] });
  const name = texts.has(page) ? texts.resolve(page) : undefined;
  return (
    <Paragraph data-size="sm" className="skjema-progress">
      {progress}
      {name ? `: ${name}` : ''}
    </Paragraph>
  );
}
