export { DEFAULT_TYPING_DELAY, saveDelayOf, type SaveDelay } from './saveDelay.ts';
export {
  SaveScheduler,
  type AutoSaveBehavior,
  type SaveClock,
  type SavedModel,
  type SaveSchedulerOptions,
} from './saveScheduler.ts';
export { watchFormData } from './watchFormData.ts';
