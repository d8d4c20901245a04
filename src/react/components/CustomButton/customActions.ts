import { asPageValidationConfig } from '../../../core/validation/navigation.ts';
import type { FormNavigation } from '../../context/FormContext.ts';
import type { ActionPerformer, ActionSource } from '../../context/ServerActionsContext.ts';
import type { OpenSubformEntry } from '../../context/SubformEditor.ts';

export interface CustomAction {
  type?: string;
  id?: string | null;
  metadata?: { page?: unknown } | null;
  /** `PageValidation`: checked before the action runs; errors stop the chain. */
  validation?: unknown;
}

/** What the actions of one button act on. */
export interface CustomActionTargets {
  navigation: FormNavigation;
  /** Runs a `ServerAction`; its answer's client actions run next. */
  performServerAction?: ActionPerformer;
  source: ActionSource;
  /** The subform entry whose pages are shown; null in a main form, where `closeSubform` does nothing. */
  subform: OpenSubformEntry | null;
  /** The form's default data model now (what `closeSubform` saves). */
  data(): Record<string, unknown>;
}

export function needsServer(actions: readonly CustomAction[]): boolean {
  return actions.some((action) => action.type === 'ServerAction');
}

export function closesSubform(actions: readonly CustomAction[]): boolean {
  return actions.some((action) => action.type === 'ClientAction' && action.id === 'closeSubform');
}

/**
 * Runs the actions in order, like the reference: an action's own `validation` is checked first
 * (as NavigationButtons' `validateOnNext` is) and errors end the chain there with the error report
 * open; each server action is awaited before the next step, so "save on the server, then go to
 * the next page" works, and the client actions the server answers with run right after it.
 * `closeSubform` saves and closes the open subform entry and ends the chain, since the pages the
 * rest would act on are gone; if saving fails the entry stays open.
 */
export async function runCustomActions(actions: readonly CustomAction[], targets: CustomActionTargets): Promise<void> {
  const { navigation, performServerAction, source } = targets;
  for (const action of actions) {
    const validation = asPageValidationConfig(action.validation);
    if (validation && !navigation.validate(validation)) return;
    if (action.type === 'ServerAction' && action.id) {
      const result = await performServerAction?.(action.id, source);
      if ((await runClientActions(result?.clientActions ?? [], targets)) === 'closed') return;
    } else if (action.type === 'ClientAction') {
      if ((await runClientActions([action], targets)) === 'closed') return;
    }
  }
}

async function runClientActions(
  actions: readonly Pick<CustomAction, 'id' | 'metadata'>[],
  targets: CustomActionTargets,
): Promise<'closed' | void> {
  const { navigation, subform } = targets;
  for (const action of actions) {
    const page = action.metadata?.page;
    if (action.id === 'nextPage') navigation.next();
    else if (action.id === 'previousPage') navigation.previous();
    else if (action.id === 'navigateToPage' && typeof page === 'string') {
      if (navigation.pages.includes(page)) navigation.goTo(page);
    } else if (action.id === 'closeSubform' && subform) {
      await subform.close(targets.data());
      return 'closed';
    }
  }
}
