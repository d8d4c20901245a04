import { Link } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ConnectedApp } from '../connected/index.ts';
import { type FormAnalyticsEvent, type PrecompiledModelValidators } from '../core/index.ts';
import { previewPageTextsFor } from '../core/texts/builtin/previewPage/index.ts';
import { AltinnApp, type AltinnAppEvent, type PageLocation } from '../react/index.ts';
import { rememberLocation, type AddressLocation, type PreviewPageConfig } from './config.ts';
import { STATISTICS_HASH, StatisticsPage } from './StatisticsPage.tsx';
import { InboxLink } from './InboxPage.tsx';
import { PLAYGROUND_HASH } from '../playground/PlaygroundPage.tsx';

interface Props {
  connectedApp: ConnectedApp;
  language: string;
  location: AddressLocation | undefined;
  precompiledValidators: Readonly<Record<string, PrecompiledModelValidators>>;
  /** Whether the user may start a new instance for a party (the preview decides as instantiation would). */
  mayInstantiate?: (partyId: number) => Promise<boolean>;
  config: PreviewPageConfig;
  /** Where the forms' analytics events go (the preview server, for its statistics page). */
  onAnalytics?: (event: FormAnalyticsEvent) => void;
}

/**
 * `<AltinnApp>` with the instance and page kept in the address, so a reload continues where the user
 * was; or, at `#/statistics`, the statistics page.
 */
export function PreviewApp({
  connectedApp,
  language,
  location,
  precompiledValidators,
  mayInstantiate,
  config,
  onAnalytics,
}: Props) {
  const [initial] = useState(location);
  const [statistics] = useState(() => window.location.hash === STATISTICS_HASH);
  const onEvent = (event: AltinnAppEvent) => {
    if (event.type === 'instanceCreated') rememberLocation(event.instance.id);
  };
  const onPageChange = ({ instanceId, taskId, page }: PageLocation) => rememberLocation(instanceId, { taskId, page });
  if (statistics) return <StatisticsPage config={config} language={language} />;
  return (
    <main>
      <InboxLink language={language} />
      <AltinnApp
        connectedApp={connectedApp}
        language={language}
        // The service is the whole page: <html lang> follows the language the user picks.
        documentLanguage
        instanceId={initial?.instanceId}
        page={initial?.page}
        onEvent={onEvent}
        onPageChange={onPageChange}
        // A service several tasks long says where the user is, even without the app's own taskNavigation.
        showProcessSteps
        // Compiled by the preview server: the page runs no schema compiler (its CSP forbids eval).
        precompiledValidators={precompiledValidators}
        mayInstantiate={mayInstantiate}
        onAnalytics={onAnalytics}
      />
      <footer className="preview-footer">
        <Link href={STATISTICS_HASH}>{previewPageTextsFor(language)['preview.statistics.link']}</Link>
        <Link href={PLAYGROUND_HASH}>{previewPageTextsFor(language)['playground.link']}</Link>
      </footer>
    </main>
  );
}
