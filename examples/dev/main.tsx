import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import './dev.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  diagnostics,
  layoutSet,
  problem,
  startTask,
  subformLayoutSets,
  taskLayoutSets,
  tasks,
} from 'virtual:skjema-app';
import { DevApp } from './DevApp.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DevApp
      layoutSet={layoutSet}
      tasks={tasks}
      startTask={startTask}
      taskLayoutSets={taskLayoutSets}
      subformLayoutSets={subformLayoutSets}
      diagnostics={diagnostics}
      problem={problem}
    />
  </StrictMode>,
);
