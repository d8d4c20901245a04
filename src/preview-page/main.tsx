import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../react/styles.css';
import './page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppClient, isAppApiError } from '../client/index.ts';
import { createConnectedApp, indexedDbPendingEditsStore } from '../connected/index.ts';
import { locationFromAddress, readPreviewConfig } from './config.ts';
import { InboxPage } from './InboxPage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { loadModelValidators } from './modelValidators.ts';
import { PreviewApp } from './PreviewApp.tsx';

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
new EventSource('/__skjema/events').addEventListener('app-changed', () => window.location.reload());

try {
  await client.getUserProfile();
  const precompiledValidators = await loadModelValidators(config);
  const connectedApp = createConnectedApp({ client, language, pendingEdits: indexedDbPendingEditsStore() });
  const renderPage = () => {
    const location = locationFromAddress();
    root.render(
      <StrictMode>
        {window.location.hash === '#/inbox' ? (
          <InboxPage key="inbox" client={client} language={language} />
        ) : (
          <PreviewApp
            key={`app:${location?.instanceId ?? ''}`}
            connectedApp={connectedApp}
            language={language}
            location={location}
            precompiledValidators={precompiledValidators}
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
