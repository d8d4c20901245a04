import { useMemo } from 'react';
import type { FormEngine } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { onDemandPart, useOnDemandPart } from './onDemandPart.tsx';
import { outsideDataOf } from './outsideDataOf.ts';

/** The reports themselves, loaded only by forms that have a type they check. */
export const outsideDataReportsPart = onDemandPart(() => import('./outsideDataReports.tsx'));

/**
 * Tells the form's validator what every Subform's entries and every upload component's files are,
 * on whichever page (or repeating-group row) the component is and whether or not it is on screen,
 * so that submitting from another page checks them too. This is the one place that reports them:
 * a component opened later reads the same lists and changes them, and the report follows, so the
 * numbers cannot differ and an opened page neither counts twice nor clears an error for a moment.
 * Hidden components are reported as well; the validator skips them.
 */
export function OutsideDataChecks() {
  const { engine } = useFormContext();
  // Most forms have neither: they then pay nothing, not even a tree walk when values change.
  const needed = useMemo(() => hasCheckedTypes(engine), [engine]);
  return needed ? <LoadedReports engine={engine} /> : null;
}

function LoadedReports({ engine }: { engine: FormEngine }) {
  const reports = useOnDemandPart(outsideDataReportsPart);
  return reports ? <reports.CheckedNodes engine={engine} /> : null;
}

function hasCheckedTypes(engine: FormEngine): boolean {
  return Object.values(engine.layoutSet.layouts).some((file) => {
    const components = (file as { data?: { layout?: unknown } } | undefined)?.data?.layout;
    return (
      Array.isArray(components) &&
      components.some((component) => {
        // Layout files keep the type as written (`fileupload`); definitions are found in any case.
        const written = (component as { type?: unknown } | null)?.type;
        return typeof written === 'string' && outsideDataOf(engine, written) !== undefined;
      })
    );
  });
}
