export {
  createFormAnalytics,
  type FormAnalytics,
  type FormAnalyticsEvent,
  type FormAnalyticsOptions,
  type ShownValidationMessage,
} from './formAnalytics.ts';
