import type { LoadedLayoutSet } from '../app/types.ts';
import { createFormEngine } from '../form/formEngine.ts';
import { createFormValidator } from './formValidator.ts';
import type { ValidateFormOptions, ValidateFormResult } from './types.ts';

/**
 * Validates data against a layout set without a browser: the issues a user sees after pressing
 * submit, each with its component, page and message. Use it in a backend, a CLI or a test.
 */
export function validateForm(
  layoutSet: LoadedLayoutSet,
  data: unknown,
  options: ValidateFormOptions = {},
): ValidateFormResult {
  const language = options.language ?? 'nb';
  const engine = createFormEngine({
    layoutSet,
    initialData: data,
    dataModels: options.dataModels,
    language,
    environment: options.environment,
    componentTypes: options.componentTypes,
  });
  const validator = createFormValidator(engine, options);
  try {
    const outcome = validator.validateAll();
    return {
      ok: outcome.ok,
      issues: validator.visibleIssues().map((issue) => ({ ...issue, message: validator.message(issue, language) })),
      taskIssues: validator.taskIssues().map((issue) => ({ ...issue, message: validator.message(issue, language) })),
    };
  } finally {
    validator.dispose();
    engine.dispose();
  }
}
