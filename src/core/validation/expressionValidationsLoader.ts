import { onDemand } from '../onDemand.ts';

/**
 * Expression validations (the rules of an app's `validation.json` files) are loaded only for apps
 * that have such files: `loadLayoutSet` loads them before the form is built, so validation stays
 * synchronous. A form built before they are loaded cannot submit (its rules are not checked yet)
 * and runs them as soon as they are there.
 */

const part = onDemand(() => import('./expressionValidationsPart.ts'));

/** The part when it is loaded. */
export function loadedExpressionValidations() {
  return part.loaded();
}

/** Loads the part (once; a failed load is tried again next time). */
export function loadExpressionValidations() {
  return part.load();
}

/** Whether the layout set has validation files, whose rules need the part. */
export function hasValidationConfigs(validationConfigs: Readonly<Record<string, unknown>> | undefined): boolean {
  return validationConfigs !== undefined && Object.keys(validationConfigs).length > 0;
}
