import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { SubformEntriesState } from '../../core/validation/index.ts';

/**
 * Where the form's validator learns what a Subform's entries are (count, `minCount`, entries with
 * errors): they live in data elements outside the form's data, like uploads. The form reports them
 * for every Subform, on an opened page or not (render/OutsideDataChecks.tsx). `SkjemaForm`
 * provides it; elsewhere (a summary of another task) reports go nowhere.
 */
export type ReportSubformEntries = (nodeId: string, state: SubformEntriesState) => void;

const ignore: ReportSubformEntries = () => {};
const SubformEntriesReportContext = createContext<ReportSubformEntries>(ignore);

export function SubformEntriesReportProvider({
  value,
  children,
}: {
  value: ReportSubformEntries;
  children?: ReactNode;
}) {
  return createElement(SubformEntriesReportContext.Provider, { value }, children);
}

export function useReportSubformEntries(): ReportSubformEntries {
  return useContext(SubformEntriesReportContext);
}
