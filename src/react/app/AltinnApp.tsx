import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextResource } from '../../core/app/types.ts';
import type { FormAnalyticsEvent } from '../../core/analytics/index.ts';
import type { AppBootstrap, ConnectedApp } from '../../connected/index.ts';
import {
  PrecompiledValidatorsProvider,
  type PrecompiledValidatorsByDataType,
} from '../context/PrecompiledValidators.ts';
import { AnalyticsListenerContext } from '../context/FormAnalytics.ts';
import { useAnalyticsListener } from '../hooks/useFormAnalytics.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { FormHeadingsProvider, type TitleLevel } from '../render/formHeadings.tsx';
import { LanguageChoiceContext } from './appLanguage.ts';
import { AppTextsProvider, useAppTexts } from './AppTexts.ts';
import { ErrorPage } from './ErrorPage.tsx';
import { InstanceSelection } from './InstanceSelection.tsx';
import { useMayInstantiate } from './useMayInstantiate.ts';
import { InstanceView } from './InstanceView.tsx';
import { FocusOnMountContext } from './PageHeading.tsx';
import { partyChoicesOf } from './partyChoices.ts';
import { PageLocationContext, type PageLocation } from './pageLocation.ts';
import { PartySelection } from './PartySelection.tsx';
import { StatelessView } from './StatelessView.tsx';
import { useForwardedEvents, type AltinnAppEvent } from './useInstanceState.ts';
import { useConnectedApp, type AltinnAppConnection } from './useConnectedApp.ts';
import { useEntryFlow, type EntryFlow } from './useEntryFlow.ts';
import './app.css';

/**
 * Where the app backend is (`baseUrl`, `org`, `app` and `auth`, or a `connectedApp` the host built
 * with the connected layer), and what the running service tells and uses.
 */
export type AltinnAppProps = AltinnAppConnection & AltinnAppOptions;

export interface AltinnAppOptions {
  /** `nb` (default), `nn`, `en` or any language the app has texts for. */
  language?: string;
  /** Opens this instance (`{partyId}/{guid}`) at once instead of walking party and instance selection. */
  instanceId?: string;
  /**
   * The page of the current task's form to open on, e.g. from the address after a reload (Altinn
   * keeps `#/instance/{partyId}/{guid}/{taskId}/{page}`); a page the form would not show is ignored.
   */
  page?: string;
  /** Told every time the user arrives on a page of a task's form, so a host can keep it in the address. */
  onPageChange?: (location: PageLocation) => void;
  /** Told when the user picks another language in a form's language selector; the whole service follows it. */
  onLanguageChange?: (language: string) => void;
  /**
   * Keep `<html lang>` in the service's language, for a page that is the service and nothing else
   * (what language the page is in decides how screen readers pronounce it and how the browser
   * hyphenates and translates it). Off by default: the service always marks its own element with
   * `lang`, and a portal that embeds it keeps its page's language. On unmount the page's earlier
   * language is put back.
   */
  documentLanguage?: boolean;
  /** Hears what happens in the running instance: created, saved, save failed, process moved, submitted… */
  onEvent?: (event: AltinnAppEvent) => void;
  /**
   * Shows the process's tasks as steps when the app lists no `taskNavigation` of its own, so that
   * a service several tasks long says where the user is (for development tools such as skjema
   * preview; Altinn shows no steps for such an app).
   */
  showProcessSteps?: boolean;
  /**
   * The data models' validators compiled at build time, by data type, for every form of the
   * service (see `SkjemaForm`): under a Content-Security-Policy without `'unsafe-eval'` no schema
   * is compiled in the browser. Read when a form mounts.
   */
  precompiledValidators?: PrecompiledValidatorsByDataType;
  /**
   * Whether the user may start a new instance for the party (the policy's `instantiate`). The app
   * API cannot tell beforehand, so without this the button shows and the backend decides; a host
   * that knows (skjema preview's page asks the preview) hides it where it would be refused.
   */
  mayInstantiate?: (partyId: number) => Promise<boolean> | boolean;
  /**
   * Opt-in analytics of every task's form (see `SkjemaForm`'s `onAnalytics`): pages viewed, time
   * on page, validation shown, the connected save's latency, submitted, abandoned; each event
   * carries its task id. Read when a form mounts.
   */
  onAnalytics?: (event: FormAnalyticsEvent) => void;
  /**
   * The heading level of each page's title (a form's, the receipt's, …; 1–6, default 1), with
   * every heading below it moved down alike (see `SkjemaForm`'s `titleLevel`).
   */
  titleLevel?: TitleLevel;
  /** Shows no form title in a task's form, for a host that shows it itself (see `SkjemaForm`). */
  hideTitle?: boolean;
  /** Passed on to every form (see `SkjemaForm`). */
  registry?: ComponentRegistry;
  components?: readonly ComponentDefinition[];
}

/**
 * A whole Altinn service: who the user acts for, which of their unfinished forms to continue (or a
 * new one), then the current process task (form, confirmation, signing, payment, a wait for
 * feedback) and finally the receipt. Everything the user enters is saved as they go; a change not
 * yet saved is kept through failures, and the browser warns before the page is left with one.
 */
export function AltinnApp(props: AltinnAppProps) {
  const {
    instanceId,
    onEvent,
    registry,
    components,
    page,
    onPageChange,
    onLanguageChange,
    documentLanguage,
    showProcessSteps,
    precompiledValidators,
    mayInstantiate,
    onAnalytics,
  } = props;
  const analyticsListener = useAnalyticsListener(onAnalytics);
  // The host's language, until the user picks another in a form's selector (and again when the host changes it).
  const [language, setLanguage] = useState(props.language ?? 'nb');
  const [hostLanguage, setHostLanguage] = useState(props.language);
  if (props.language !== hostLanguage) {
    setHostLanguage(props.language);
    setLanguage(props.language ?? 'nb');
  }
  const languageChange = useRef(onLanguageChange);
  useEffect(() => {
    languageChange.current = onLanguageChange;
  }, [onLanguageChange]);
  const chooseLanguage = useCallback((chosen: string) => {
    setLanguage(chosen);
    languageChange.current?.(chosen);
  }, []);
  useDocumentLanguage(documentLanguage ? language : undefined);
  const connectedApp = useConnectedApp(props, language);
  const flow = useEntryFlow(connectedApp, instanceId);
  useForwardedEvents(connectedApp, onEvent);
  const appTexts = useMemo(() => appTextsOf(flow.bootstrap), [flow.bootstrap]);
  // The first page leaves focus to the host page; every page after it takes focus (PageHeading).
  const focusOnMount = useRef(false);
  useEffect(() => {
    if (flow.phase.kind !== 'loading') focusOnMount.current = true;
  });
  // Read once: the page to start on matters only for the first form; later pages come from the user.
  const [initialPage] = useState(page);
  const pageChange = useRef(onPageChange);
  useEffect(() => {
    pageChange.current = onPageChange;
  }, [onPageChange]);
  const pageLocation = useMemo(
    () => ({ initialPage, onPageChange: (location: PageLocation) => pageChange.current?.(location) }),
    [initialPage],
  );
  return (
    <AppTextsProvider language={language} appTexts={appTexts}>
      <FocusOnMountContext.Provider value={focusOnMount}>
        <PageLocationContext.Provider value={pageLocation}>
          <LanguageChoiceContext.Provider value={chooseLanguage}>
            <PrecompiledValidatorsProvider value={precompiledValidators}>
              <AnalyticsListenerContext.Provider value={analyticsListener}>
                <div className="skjema-app" lang={language}>
                  <FormHeadingsProvider titleLevel={props.titleLevel} hideTitle={props.hideTitle}>
                    <Phase
                      flow={flow}
                      app={connectedApp}
                      language={language}
                      appTexts={appTexts}
                      registry={registry}
                      components={components}
                      showProcessSteps={showProcessSteps}
                      mayInstantiate={mayInstantiate}
                    />
                  </FormHeadingsProvider>
                </div>
              </AnalyticsListenerContext.Provider>
            </PrecompiledValidatorsProvider>
          </LanguageChoiceContext.Provider>
        </PageLocationContext.Provider>
      </FocusOnMountContext.Provider>
    </AppTextsProvider>
  );
}

function Phase({
  flow,
  app,
  language,
  appTexts,
  registry,
  components,
  showProcessSteps,
  mayInstantiate,
}: {
  flow: EntryFlow;
  app: ConnectedApp;
  language: string;
  appTexts: Record<string, TextResource[]>;
  registry?: ComponentRegistry;
  components?: readonly ComponentDefinition[];
  showProcessSteps?: boolean;
  mayInstantiate?: AltinnAppOptions['mayInstantiate'];
}) {
  const { text } = useAppTexts();
  const { phase } = flow;
  const canStartNew = useMayInstantiate(
    mayInstantiate,
    phase.kind === 'selectInstance' ? phase.party.partyId : undefined,
  );
  switch (phase.kind) {
    case 'loading':
      return <Paragraph role="status">{text('general.loading')}</Paragraph>;
    case 'problem':
      return (
        <ErrorPage
          problem={phase.problem}
          onRetry={phase.problem.kind === 'network' || phase.problem.kind === 'unknown' ? flow.retry : undefined}
        />
      );
    case 'selectParty':
      return (
        <PartySelection
          parties={partyChoicesOf(phase.parties)}
          onSelect={flow.selectParty}
          busy={flow.busy}
          notAllowed={phase.notAllowed}
        />
      );
    case 'selectInstance':
      return (
        <InstanceSelection
          instances={phase.instances.map((instance) => ({
            id: instance.id,
            lastChanged: instance.lastChanged ?? '',
            lastChangedBy: instance.lastChangedBy ?? undefined,
          }))}
          onContinue={flow.openInstance}
          onStartNew={() => flow.createInstance()}
          canStartNew={canStartNew}
          busy={flow.busy}
        />
      );
    case 'stateless':
      return (
        <StatelessView
          app={app}
          layoutSetId={phase.layoutSetId}
          party={phase.party}
          language={language}
          onInstantiate={flow.createInstance}
          registry={registry}
          components={components}
        />
      );
    case 'instance':
      return (
        <InstanceView
          app={app}
          instance={phase.instance}
          bootstrap={flow.bootstrap}
          language={language}
          appTexts={appTexts}
          onReplace={flow.replaceInstance}
          registry={registry}
          components={components}
          showProcessSteps={showProcessSteps}
        />
      );
  }
}

/** Sets `<html lang>` to `language` while one is given, and puts the page's own back after. */
function useDocumentLanguage(language: string | undefined) {
  const owned = language !== undefined;
  useEffect(() => {
    if (!owned) return;
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    return () => {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    };
  }, [owned]);
  useEffect(() => {
    if (language !== undefined) document.documentElement.lang = language;
  }, [language]);
}

/** The texts `load()` read (one language), as the text resolver takes them. */
function appTextsOf(bootstrap: AppBootstrap | undefined): Record<string, TextResource[]> {
  const texts = bootstrap?.texts;
  if (!texts) return {};
  return {
    [texts.language]: texts.resources.map(({ id, value, variables }) => ({
      id,
      value,
      ...(variables ? { variables } : {}),
    })),
  };
}
