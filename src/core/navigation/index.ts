export {
  pageNavigationModel,
  type NavigationGroupEntry,
  type NavigationMark,
  type NavigationPageEntry,
  type PageNavigationInput,
  type PageNavigationModel,
} from './pageNavigation.ts';
export { taskSteps, type TaskStep, type TaskSteps, type TaskStepState, type TaskStepsInput } from './taskSteps.ts';
