import { asPageValidationConfig } from '../../../core/validation/navigation.ts';
import type { FormNavigation } from '../../context/FormContext.ts';
import type { ActionSource, ServerActions } from '../../context/ServerActionsContext.ts';
import type { OpenSubformEntry } from '../../context/SubformEditor.ts';

export interface CustomAction {
  type?: string;
  id?: string;
  metadata?: { page?: string };
  /** `PageValidation`: checked before the action runs; errors stop the chain. */
  validation?: unknown;
}

/** What the actions of one button act on. */
export interface CustomActionTargets {
  navigation: FormNavigation;
  server: ServerActions;
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
 * the next page" works. `closeSubform` saves and closes the open subform entry and ends the
 * chain, since the pages the rest would act on are gone; if saving fails the entry stays open.
 */
export async function runCustomActions(actions: readonly CustomAction[], targets: CustomActionTargets): Promise<void> {
  const { navigation, server, source, subform } = targets;
  for (const action of actions) {
    const validation = asPageValidationConfig(action.validation);
    if (validation && !navigation.validate(validation)) return;
    if (action.type === 'ServerAction' && action.id) {
      await server.onServerAction?.(action.id, source);
    } else if (action.type === 'ClientAction') {
      if (action.id === 'nextPage') navigation.next();
      else if (action.id === 'previousPage') navigation.previous();
      else if (action.id === 'navigateToPage' && action.metadata?.page) {
        if (navigation.pages.includes(action.metadata.page)) navigation.goTo(action.metadata.page);
      } else if (action.id === 'closeSubform' && subform) {
        await subform.close(targets.data());
        return;
      }
    }
  }
}
