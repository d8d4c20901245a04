import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../react/styles.css';
import './page.css';
import './delegation.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppClient, isAppApiError } from '../client/index.ts';
import { createConnectedApp, indexedDbPendingEditsStore } from '../connected/index.ts';
import { isAboutApp } from './appChanged.ts';
import { locationFromAddress, readPreviewConfig } from './config.ts';
import { DELEGATION_ROUTE, DelegationPage } from './DelegationPage.tsx';
import { delegationApi } from './delegationApi.ts';
import { InboxPage } from './InboxPage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { loadModelValidators } from './modelValidators.ts';
import { mayInstantiateWith } from './partyActions.ts';
import { PreviewApp } from './PreviewApp.tsx';
import { PLAYGROUND_HASH, PlaygroundPage } from '../playground/PlaygroundPage.tsx';
import { analyticsForwarder } from './analyticsForwarder.ts';
import { STATISTICS_HASH } from './StatisticsPage.tsx';

/*
 * The page `skjema preview` serves at `/`: the app run by `<AltinnApp>` against the preview's API on
 * the same origin, signed in with the test-user cookie. A composition root, like src/bin: it is the
 * one browser module that joins the client, the connected layer and the renderer.
 */
const config = readPreviewConfig();
const client = createAppClient({ baseUrl: '', org: config.org, app: config.app, auth: { kind: 'cookie' } });
const root = createRoot(document.getElementById('root')!);
const language = document.documentElement.lang || 'nb';

// The preview tells its pages when the app's files change; the page reloads to show them.
new EventSource('/__skjema/events').addEventListener('app-changed', (event) => {
  if (isAboutApp((event as MessageEvent<string>).data, config.org, config.app)) window.location.reload();
});
// The delegation and statistics pages are pages of their own: going to or from one loads the page anew.
const ownPages = [DELEGATION_ROUTE, STATISTICS_HASH];
window.addEventListener('hashchange', (event) => {
  if ([event.oldURL, event.newURL].some((address) => ownPages.includes(new URL(address).hash)))
    window.location.reload();
});

try {
  await client.getUserProfile();
  const precompiledValidators = await loadModelValidators(config);
  const connectedApp = createConnectedApp({ client, language, pendingEdits: indexedDbPendingEditsStore() });
  const renderPage = () => {
    const location = locationFromAddress();
    root.render(
      <StrictMode>
        {window.location.hash === DELEGATION_ROUTE ? (
          <DelegationPage config={config} language={language} api={delegationApi(config)} />
        ) : window.location.hash === '#/inbox' ? (
          <InboxPage key="inbox" client={client} language={language} />
        ) : window.location.hash === PLAYGROUND_HASH ? (
          <PlaygroundPage language={language} />
        ) : (
          <PreviewApp
            key={`app:${location?.instanceId ?? ''}`}
            connectedApp={connectedApp}
            language={language}
            location={location}
            precompiledValidators={precompiledValidators}
            mayInstantiate={mayInstantiateWith(config.org, config.app)}
            config={config}
            onAnalytics={analyticsForwarder(config)}
          />
        )}
      </StrictMode>,
    );
  };
  // Links between the service and the inbox change the address's #; each shows its page.
  window.addEventListener('hashchange', renderPage);
  renderPage();
} catch (error) {
  if (!isAppApiError(error) || error.status !== 401) throw error;
  root.render(
    <StrictMode>
      <LoginPage config={config} language={language} />
    </StrictMode>,
  );
}
