import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { DataElement } from '../../core/tree/index.ts';

/**
 * The instance document for components that show it (InstanceInformation, AttachmentList).
 * `SkjemaForm` provides it from its `environment` prop, so an app passes the instance once.
 */
export interface AppInstance {
  /** The instance object of the app API (`id`, `org`, `instanceOwner`, `lastChanged`, `data`…). */
  instance?: Readonly<Record<string, unknown>> | null;
  /** Data elements to list; defaults to `instance.data`. */
  dataElements?: readonly DataElement[];
}

export const AppInstanceContext = createContext<AppInstance>({});

export function AppInstanceProvider({ children, ...value }: AppInstance & { children?: ReactNode }) {
  return createElement(AppInstanceContext.Provider, { value }, children);
}

export function useAppInstance(): AppInstance {
  return useContext(AppInstanceContext);
}

/** The instance's data elements, or none when there is no instance. */
export function useDataElements(): readonly DataElement[] {
  const { instance, dataElements } = useAppInstance();
  if (dataElements) return dataElements;
  const data = instance?.data;
  return Array.isArray(data) ? (data as DataElement[]) : [];
}
