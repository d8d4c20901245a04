import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { LoadedLayoutSet } from '../core/app/types.ts';
import { createFormEngine, type FormEngine, type FormEngineOptions } from '../core/form/index.ts';
import { LanguageSelector } from './components/LanguageSelector/LanguageSelector.tsx';
import { FormContext, type FormContextValue, type FormNavigation } from './context/FormContext.ts';
import { createFormI18n } from './i18n/createI18n.ts';
import { useText, useTextResolver } from './i18n/useTexts.ts';
import type { ComponentRegistry } from './registry/ComponentRegistry.ts';
import { createDefaultRegistry } from './registry/defaultRegistry.ts';
import type { ComponentDefinition } from './registry/types.ts';
import { FormPage } from './render/FormPage.tsx';
import { useFormContext } from './context/FormContext.ts';

export interface SkjemaFormProps {
  /** The layout set to render, as `loadLayoutSet` from `skjema/core` returns it. */
  layoutSet: LoadedLayoutSet;
  /** Initial content of the default data model. */
  initialData?: unknown;
  /** Initial language (`nb`, `nn`, `en` or any the app has texts for); default `nb`. */
  language?: string;
  onLanguageChange?: (language: string) => void;
  /** Called with the default data model when the user presses a submit button. */
  onSubmit?: (data: Record<string, unknown>, allModels: Record<string, Record<string, unknown>>) => void;
  /** Components to add, or to use instead of a built-in type of the same name. */
  components?: readonly ComponentDefinition[];
  /** A complete registry to use instead of the built-in one (`components` is then applied on top). */
  registry?: ComponentRegistry;
  /** Overrides Settings.json `pages.showLanguageSelector`. */
  showLanguageSelector?: boolean;
  /** Instance, process and settings for expressions that read them. */
  environment?: FormEngineOptions['environment'];
}

/** Renders an Altinn layout set as a multi-page form. */
export function SkjemaForm(props: SkjemaFormProps) {
  const { layoutSet, initialData, environment } = props;
  const initialLanguage = props.language ?? 'nb';
  // The engine and i18n live as long as the form: re-rendering the parent must not reset what the user typed.
  const [engine] = useState(() => createFormEngine({ layoutSet, initialData, environment, language: initialLanguage }));
  const [i18n] = useState(() => createFormI18n(initialLanguage, Object.keys(layoutSet.texts)));
  // No dispose on unmount: the engine's listeners point only into its own stores and tree, so it
  // is garbage-collected with the form, and StrictMode's trial unmount must not kill a live engine.
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
  return (
    <I18nextProvider i18n={i18n}>
      <FormShell {...props} engine={engine} />
    </I18nextProvider>
  );
}

function FormShell({ engine, ...props }: SkjemaFormProps & { engine: FormEngine }) {
  const { i18n } = useTranslation();
  const registry = useMemo(
    () => (props.registry ?? createDefaultRegistry()).extend(props.components ?? []),
    [props.registry, props.components],
  );
  const subscribe = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  const pagesKey = useSyncExternalStore(subscribe, () => engine.navigablePages().join('\n'));
  const pages = useMemo(() => (pagesKey === '' ? [] : pagesKey.split('\n')), [pagesKey]);
  const [requestedPage, setRequestedPage] = useState<string | undefined>(undefined);
  // A page that became hidden while the user was on it yields to the nearest visible one.
  const current = requestedPage && pages.includes(requestedPage) ? requestedPage : pages[0];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigatedRef = useRef(false);
  const goTo = useCallback((page: string) => {
    navigatedRef.current = true;
    setRequestedPage(page);
  }, []);
  useEffect(() => {
    if (current) engine.setCurrentPage(current);
    if (!navigatedRef.current) return;
    navigatedRef.current = false;
    // After a page change, keyboard and screen-reader users start at the top of the new page.
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [current, engine]);

  const navigation: FormNavigation = useMemo(() => {
    const index = current ? pages.indexOf(current) : -1;
    return {
      pages,
      current: current ?? '',
      goTo,
      next: () => index >= 0 && index < pages.length - 1 && goTo(pages[index + 1]),
      previous: () => index > 0 && goTo(pages[index - 1]),
    };
  }, [pages, current, goTo]);
  const { onSubmit } = props;
  const submit = useCallback(() => {
    const all = engine.data.snapshot();
    onSubmit?.(all[engine.layoutSet.dataType] ?? {}, all);
  }, [engine, onSubmit]);
  const context: FormContextValue = useMemo(
    () => ({ engine, registry, navigation, submit }),
    [engine, registry, navigation, submit],
  );
  const languages = Object.keys(engine.layoutSet.texts);
  const pageSettings = (engine.layoutSet.settings.pages ?? {}) as {
    showLanguageSelector?: boolean;
    showProgress?: boolean;
  };
  const showLanguageSelector = props.showLanguageSelector ?? pageSettings.showLanguageSelector ?? false;
  return (
    <FormContext.Provider value={context}>
      <div className="skjema-form" lang={i18n.language}>
        <div className="skjema-form-header">
          <FormTitle ref={headingRef} />
          {showLanguageSelector && <LanguageSelector languages={languages} />}
        </div>
        {pageSettings.showProgress && current && (
          <PageProgress number={pages.indexOf(current) + 1} total={pages.length} page={current} />
        )}
        {current && <FormPage key={current} pageKey={current} />}
      </div>
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
