import type { FormNode } from '../../../core/form/index.ts';
import { chooseRow, unchooseRow } from '../../../core/rows/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useRowChoice } from '../shared/useRowChoice.ts';

/**
 * List with a `group` binding (the object-list mode): any number of data-list rows are chosen,
 * each one a row of the group holding the row's value per binding key. Undefined without `group`.
 */
export function useChosenRows(node: FormNode, keys: readonly string[]) {
  const { session } = useFormContext();
  const rows = useRowChoice(node, keys);
  if (!rows) return undefined;
  const { choice, strategy, chosen } = rows;
  return {
    isChosen: (values: Readonly<Record<string, string>>) =>
      chosen.some((row) => keys.every((key) => row[key] === values[key])),
    toggle: (values: Readonly<Record<string, string>>, on: boolean) =>
      void session.write({
        node,
        edit: (data) => (on ? chooseRow(data, choice, values) : unchooseRow(data, choice, values, strategy)),
      }),
  };
}
