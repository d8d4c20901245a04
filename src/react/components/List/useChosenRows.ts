import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { isPathWithin } from '../../../core/data/path.ts';
import { chooseRow, chosenRows, rowChoiceOf, unchooseRow, type DeletionStrategy } from '../../../core/rows/index.ts';
import { useFormContext } from '../../context/FormContext.ts';

/**
 * List with a `group` binding (the object-list mode): any number of data-list rows are chosen,
 * each one a row of the group holding the row's value per binding key. Undefined without `group`.
 */
export function useChosenRows(node: FormNode, keys: readonly string[]) {
  const { engine } = useFormContext();
  const choice = useMemo(() => rowChoiceOf(node.bindings, keys), [node.bindings, keys]);
  const strategy = (node.component as { deletionStrategy?: DeletionStrategy }).deletionStrategy;
  const group = choice?.group;
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!group) return () => {};
      return engine.data.model(group.dataType).subscribe((path: string) => {
        if (isPathWithin(path, group.field) || isPathWithin(group.field, path)) onChange();
      });
    },
    [engine, group],
  );
  const read = useCallback(
    () => (choice ? JSON.stringify(chosenRows(engine.data.get(choice.group), choice)) : '[]'),
    [engine, choice],
  );
  const snapshot = useSyncExternalStore(subscribe, read, read);
  const chosen = useMemo(() => JSON.parse(snapshot) as Record<string, string>[], [snapshot]);
  if (!choice) return undefined;
  return {
    isChosen: (values: Readonly<Record<string, string>>) =>
      chosen.some((row) => keys.every((key) => row[key] === values[key])),
    toggle: (values: Readonly<Record<string, string>>, on: boolean) =>
      on ? chooseRow(engine.data, choice, values) : unchooseRow(engine.data, choice, values, strategy),
  };
}
