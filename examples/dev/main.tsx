import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import './dev.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { diagnostics, layoutSet, subformLayoutSets } from 'virtual:skjema-app';
import { DevApp } from './DevApp.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DevApp layoutSet={layoutSet} subformLayoutSets={subformLayoutSets} diagnostics={diagnostics} />
  </StrictMode>,
);
