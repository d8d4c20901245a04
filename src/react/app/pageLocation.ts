import { createContext } from 'react';

/** Where the user is inside a task's form, for a host that keeps it in the address (as Altinn does). */
export interface PageLocation {
  /** `{partyId}/{guid}` */
  instanceId: string;
  taskId: string;
  page: string;
}

export interface PageLocationSettings {
  /** The page the first form opens on (a page the form would not show is ignored). */
  initialPage?: string;
  /** Told every time the user arrives on a page of a task's form. */
  onPageChange?: (location: PageLocation) => void;
}

export const PageLocationContext = createContext<PageLocationSettings>({});
