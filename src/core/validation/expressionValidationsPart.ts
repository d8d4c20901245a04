import type { FormData } from '../data/formData.ts';
import type { FormTree } from '../tree/types.ts';
import { parseValidationConfig } from './expressionConfig.ts';
import { createExpressionHost } from './expressionHost.ts';
import { ExpressionValidations } from './expressionValidations.ts';
import type { FieldIssueStore } from './fieldIssueStore.ts';

/**
 * The expression validations of an app's `validation.json` files, one per data model with rules:
 * the part of the form validator loaded only for apps that have such files
 * (`expressionValidationsLoader.ts`).
 */
export function createExpressionValidations(
  configs: Readonly<Record<string, unknown>>,
  store: FieldIssueStore,
  tree: () => FormTree,
  data: FormData,
  counted: () => void,
): ExpressionValidations[] {
  const host = createExpressionHost(tree, data, counted);
  const validations: ExpressionValidations[] = [];
  for (const [dataType, config] of Object.entries(configs)) {
    const { rules } = parseValidationConfig(config);
    if (rules.size > 0) validations.push(new ExpressionValidations(dataType, rules, store, host));
  }
  return validations;
}
