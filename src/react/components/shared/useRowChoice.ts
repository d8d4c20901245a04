import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { chosenRows, rowChoiceOf, type DeletionStrategy, type RowChoice } from '../../../core/rows/index.ts';
import { useFormContext } from '../../context/FormContext.ts';

export interface RowChoiceState {
  choice: RowChoice;
  strategy: DeletionStrategy | undefined;
  /** The chosen rows, each with its value per binding key; a new array only when they change. */
  chosen: readonly Record<string, string>[];
}

/**
 * The object-list mode of Checkboxes, MultipleSelect and List: with a `group` binding each chosen
 * option is a row of that group. Re-renders only when something inside the group changes.
 * Undefined without a `group` binding. `keys` must keep its identity between renders.
 */
export function useRowChoice(node: FormNode, keys: readonly string[]): RowChoiceState | undefined {
  const { engine } = useFormContext();
  const choice = useMemo(() => rowChoiceOf(node.bindings, keys), [node.bindings, keys]);
  const strategy = (node.component as { deletionStrategy?: DeletionStrategy }).deletionStrategy;
  const group = choice?.group;
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!group) return () => {};
      return engine.data.model(group.dataType).subscribeAt(group.field, onChange);
    },
    [engine, group],
  );
  const read = useCallback(
    () => (choice ? JSON.stringify(chosenRows(engine.data.get(choice.group), choice)) : '[]'),
    [engine, choice],
  );
  const snapshot = useSyncExternalStore(subscribe, read, read);
  const chosen = useMemo(() => JSON.parse(snapshot) as Record<string, string>[], [snapshot]);
  return choice ? { choice, strategy, chosen } : undefined;
}
