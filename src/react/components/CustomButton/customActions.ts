import type { FormNavigation } from '../../context/FormContext.ts';
import type { ActionSource, ServerActions } from '../../context/ServerActionsContext.ts';

export interface CustomAction {
  type?: string;
  id?: string;
  metadata?: { page?: string };
}

export function needsServer(actions: readonly CustomAction[]): boolean {
  return actions.some((action) => action.type === 'ServerAction');
}

/**
 * Runs the actions in order, like the reference: each server action is awaited before the next
 * step, so "save on the server, then go to the next page" works. `closeSubform` belongs to subform
 * pages, which a single form has not, so it does nothing here.
 */
export async function runCustomActions(
  actions: readonly CustomAction[],
  navigation: FormNavigation,
  server: ServerActions,
  source: ActionSource,
): Promise<void> {
  for (const action of actions) {
    if (action.type === 'ServerAction' && action.id) {
      await server.onServerAction?.(action.id, source);
    } else if (action.type === 'ClientAction') {
      if (action.id === 'nextPage') navigation.next();
      else if (action.id === 'previousPage') navigation.previous();
      else if (action.id === 'navigateToPage' && action.metadata?.page) {
        if (navigation.pages.includes(action.metadata.page)) navigation.goTo(action.metadata.page);
      }
    }
  }
}
