import { subformEditorHostPart } from '../../src/react/components/Subform/lazySubformEditorHost.tsx';
import { loadAppNavigation } from '../../src/react/navigation/lazyAppNavigation.tsx';
import { formAnalyticsPart } from '../../src/react/render/formAnalyticsPart.ts';
import { outsideDataReportsPart } from '../../src/react/render/OutsideDataChecks.tsx';
import { createDefaultRegistry } from '../../src/react/registry/defaultRegistry.ts';

// Built-in renderers load on demand in a form; tests render and query synchronously, so every
// renderer is loaded before they run (the laziness itself is tested in tests/react/lazyRenderers).
// The app navigation and the subform editor likewise.
await Promise.all([
  createDefaultRegistry().loadAll(),
  loadAppNavigation(),
  subformEditorHostPart.load(),
  formAnalyticsPart.load(),
  outsideDataReportsPart.load(),
]);
