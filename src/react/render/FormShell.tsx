import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormEngine } from '../../core/form/index.ts';
import type { FormValidator, PageValidationConfig } from '../../core/validation/index.ts';
import { LanguageSelector } from '../components/LanguageSelector/LanguageSelector.tsx';
import { useAutosave } from '../context/Autosave.ts';
import {
  FormContext,
  useFormContext,
  type FormContextValue,
  type FormNavigation,
  type SummaryReturn,
} from '../context/FormContext.ts';
import { useText, useTextResolver } from '../i18n/useTexts.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import type { SkjemaFormProps } from '../SkjemaForm.tsx';
import { ErrorReport } from './ErrorReport.tsx';
import { FormPage } from './FormPage.tsx';
import { focusComponent } from './focusComponent.ts';
import { OutsideDataChecks } from './OutsideDataChecks.tsx';
import { createOutsideLists, OutsideListsProvider } from './OutsideLists.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { ValidationAnnouncer } from './ValidationAnnouncer.tsx';

interface FormShellProps extends SkjemaFormProps {
  engine: FormEngine;
  validator: FormValidator;
  attachmentCounts: Map<string, number>;
  /** The built-in or given registry with `components` applied, as `SkjemaForm` built it. */
  componentRegistry: ComponentRegistry;
}

/** The form around its current page: title, language, progress, the page, the error report. */
export function FormShell({
  engine,
  validator,
  attachmentCounts,
  componentRegistry: registry,
  ...props
}: FormShellProps) {
  const { i18n } = useTranslation();
  const subscribe = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  const pagesKey = useSyncExternalStore(subscribe, () => engine.navigablePages().join('\n'));
  const pages = useMemo(() => (pagesKey === '' ? [] : pagesKey.split('\n')), [pagesKey]);
  const [requestedPage, setRequestedPage] = useState<string | undefined>(props.page);
  // The `page` prop moves the form when it changes; the user's own navigation moves it in between.
  const [followedPage, setFollowedPage] = useState(props.page);
  if (props.page !== followedPage) {
    setFollowedPage(props.page);
    if (props.page !== undefined) setRequestedPage(props.page);
  }
  // A page that became hidden while the user was on it yields to the first visible one.
  const current = requestedPage && pages.includes(requestedPage) ? requestedPage : pages[0];
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);
  const [returnToSummary, setReturnToSummary] = useState<SummaryReturn | undefined>(undefined);
  const [reportRequested, setReportRequested] = useState(0);
  // Subform entries and attachments, listed once for the components and for their checks.
  const [outsideLists] = useState(createOutsideLists);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const reportRef = useRef<HTMLElement>(null);
  const navigatedRef = useRef(false);

  const autosave = useAutosave();
  useEffect(() => {
    // Every page change saves at once; with `autoSaveBehavior: onChangePage` it is what saves.
    void autosave?.pageChanged();
  }, [autosave, current]);

  const goTo = useCallback((page: string) => {
    navigatedRef.current = true;
    setRequestedPage(page);
  }, []);
  useEffect(() => {
    if (current) engine.setCurrentPage(current);
    if (!navigatedRef.current) return;
    navigatedRef.current = false;
    if (pendingFocus) return;
    // After a page change, keyboard and screen-reader users start at the top of the new page.
    titleRef.current?.focus();
    titleRef.current?.scrollIntoView?.({ block: 'start' });
  }, [current, engine, pendingFocus]);
  useEffect(() => {
    // A blocked navigation or submit: take the user to the list of what to fix.
    if (reportRequested > 0) reportRef.current?.focus();
  }, [reportRequested]);
  useEffect(() => {
    if (!pendingFocus) return;
    // Containers may need a render to open the row holding the field; try until it is there.
    let attempts = 0;
    const timer = setInterval(() => {
      if (focusComponent(pendingFocus) || ++attempts > 20) {
        clearInterval(timer);
        setPendingFocus(undefined);
      }
    }, 25);
    return () => clearInterval(timer);
  }, [pendingFocus, current]);

  const navigation: FormNavigation = useMemo(() => {
    const index = current ? pages.indexOf(current) : -1;
    const check = (direction: 'next' | 'previous', config?: PageValidationConfig) => {
      if (!current) return false;
      const outcome = validator.validateOnNavigation({ from: current, direction, buttonConfig: config });
      if (!outcome.ok) setReportRequested((count) => count + 1);
      return outcome.ok;
    };
    const move = (direction: 'next' | 'previous', target: string | undefined, config?: PageValidationConfig) => {
      if (!current || !target || !check(direction, config)) return false;
      setReturnToSummary(undefined);
      goTo(target);
      return true;
    };
    return {
      pages,
      current: current ?? '',
      goTo: (page) => {
        setReturnToSummary(undefined);
        goTo(page);
      },
      next: (config) => move('next', pages[index + 1], config),
      previous: (config) => move('previous', index > 0 ? pages[index - 1] : undefined, config),
      // Pages' and Settings' `validationOnNavigation` govern going forward only; an action that does
      // not move forward is checked by its own config alone.
      validate: (config) => check('previous', config),
    };
  }, [pages, current, goTo, validator]);

  const { onSubmit } = props;
  const submit = useCallback(() => {
    if (!validator.validateAll().ok) {
      setReportRequested((count) => count + 1);
      return;
    }
    const deliver = () => {
      const all = engine.data.snapshot();
      onSubmit?.(all[engine.layoutSet.dataType] ?? {}, all);
    };
    if (!autosave) return deliver();
    // The app submits what it has saved: a failed save keeps the form open with its message.
    void autosave.flush().then((saved) => saved && deliver());
  }, [engine, validator, onSubmit, autosave]);
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

  const reportAttachments = useCallback(
    (nodeId: string, count: number) => {
      if (attachmentCounts.get(nodeId) === count) return;
      attachmentCounts.set(nodeId, count);
      validator.refreshAttachments(nodeId);
    },
    [attachmentCounts, validator],
  );

  const context: FormContextValue = useMemo(
    () => ({
      engine,
      registry,
      navigation,
      validator,
      submit,
      focusNode,
      pendingFocus,
      reportAttachments,
      returnToSummary,
      backToSummary,
    }),
    [
      engine,
      registry,
      navigation,
      validator,
      submit,
      focusNode,
      pendingFocus,
      reportAttachments,
      returnToSummary,
      backToSummary,
    ],
  );
  const languages = Object.keys(engine.layoutSet.texts);
  const pageSettings = (engine.layoutSet.settings.pages ?? {}) as {
    showLanguageSelector?: boolean;
    showProgress?: boolean;
  };
  const showLanguageSelector = props.showLanguageSelector ?? pageSettings.showLanguageSelector ?? false;
  return (
    <FormContext.Provider value={context}>
      <OutsideListsProvider value={outsideLists}>
        <OutsideDataChecks />
        <div className="skjema-form" lang={i18n.language} onBlur={autosave ? () => autosave.fieldLeft() : undefined}>
          <div className="skjema-form-header">
            <FormTitle ref={titleRef} />
            {showLanguageSelector && <LanguageSelector languages={languages} />}
          </div>
          {pageSettings.showProgress && current && (
            <PageProgress number={pages.indexOf(current) + 1} total={pages.length} page={current} />
          )}
          {current && <FormPage key={current} pageKey={current} />}
          {reportRequested > 0 && <ErrorReport ref={reportRef} />}
          <ValidationAnnouncer />
          {autosave && <SaveStatus scheduler={autosave} />}
        </div>
      </OutsideListsProvider>
    </FormContext.Provider>
  );
}

function FormTitle({ ref }: { ref: React.Ref<HTMLHeadingElement> }) {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const metadataTitle = (engine.layoutSet.applicationMetadata?.title as Record<string, string> | undefined)?.[
    texts.language
  ];
  const title = texts.has('appName') ? texts.resolve('appName') : (metadataTitle ?? engine.layoutSet.id);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="skjema-form-title">
      {title}
    </Heading>
  );
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
