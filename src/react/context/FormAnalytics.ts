import { createContext } from 'react';
import type { FormAnalytics, FormAnalyticsEvent } from '../../core/index.ts';

/** `<AltinnApp onAnalytics>`: where every task form of the service sends its events; undefined = none asked for. */
export const AnalyticsListenerContext = createContext<((event: FormAnalyticsEvent) => void) | undefined>(undefined);

/**
 * The analytics a task form made with its session (measuring the connected save and the submit),
 * for the `SkjemaForm` that renders that session. Each `SkjemaForm` clears it for what it holds,
 * so a subform's form inside does not report as the task's.
 */
export const FormAnalyticsContext = createContext<FormAnalytics | undefined>(undefined);
