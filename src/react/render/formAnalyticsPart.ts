import { onDemandPart } from './onDemandPart.tsx';

/**
 * The form analytics (`createFormAnalytics`), loaded only by forms given `onAnalytics`: analytics
 * are opt-in, so a form without a listener loads none of it. `SkjemaForm` loads it before its
 * first render when it has a listener.
 */
export const formAnalyticsPart = onDemandPart(() => import('../../core/analytics/formAnalytics.ts'));
