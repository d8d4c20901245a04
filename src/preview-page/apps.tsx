import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import './page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readAppList } from './appList.ts';
import { AppListPage } from './AppListPage.tsx';

/* The page `skjema preview` serves at `/` when it runs several apps: which apps, each a link to its page. */
const config = readAppList();
const language = document.documentElement.lang || 'nb';

// A reloaded app may have a new title.
new EventSource('/__skjema/events').addEventListener('app-changed', () => window.location.reload());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppListPage config={config} language={language} />
  </StrictMode>,
);
