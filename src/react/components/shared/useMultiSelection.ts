import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { isPathWithin } from '../../../core/data/path.ts';
import { chooseRow, chosenRows, rowChoiceOf, unchooseRow, type DeletionStrategy } from '../../../core/rows/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useBinding } from '../../hooks/useBinding.ts';

/** Altinn stores the checked values of a `simpleBinding` as one comma-separated string. */
export function splitSelection(text: string): string[] {
  return text === '' ? [] : text.split(',').map((value) => value.trim());
}

// Row values may hold commas; the snapshot string only needs a separator no option value has.
const ROW_SEPARATOR = '\u0000';

export interface MultiSelection {
  selected: readonly string[];
  /** `label` goes to a new row's `label` binding in the object-list mode. */
  toggle(value: string, on: boolean, label?: string): void;
}

/**
 * The chosen values of Checkboxes and MultipleSelect, in either storage: a comma-separated
 * `simpleBinding`, or with a `group` binding one row per chosen value (`checked` and
 * `deletionStrategy` deciding what unchoosing does). `order` keeps the stored string in the
 * options' order, so it does not depend on click order.
 */
export function useMultiSelection(node: FormNode, order: readonly string[]): MultiSelection {
  const { engine } = useFormContext();
  const { text, setText } = useBinding(node);
  const choice = useMemo(() => rowChoiceOf(node.bindings, ['simpleBinding', 'label']), [node.bindings]);
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
    () =>
      choice
        ? chosenRows(engine.data.get(choice.group), choice)
            .map((row) => row.simpleBinding ?? '')
            .join(ROW_SEPARATOR)
        : '',
    [engine, choice],
  );
  const rowValues = useSyncExternalStore(subscribe, read, read);
  const selected = choice ? (rowValues === '' ? [] : rowValues.split(ROW_SEPARATOR)) : splitSelection(text);
  const toggle = (value: string, on: boolean, label?: string) => {
    if (choice) {
      const extra = label === undefined ? undefined : { label };
      if (on) chooseRow(engine.data, choice, { simpleBinding: value }, { extra });
      else unchooseRow(engine.data, choice, { simpleBinding: value }, strategy);
      return;
    }
    const next = on ? [...selected, value] : selected.filter((item) => item !== value);
    setText(order.filter((item) => next.includes(item)).join(','));
  };
  return { selected, toggle };
}
