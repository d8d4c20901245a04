import { useMemo } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { chooseRow, unchooseRow } from '../../../core/rows/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useRowChoice } from './useRowChoice.ts';

/** Altinn stores the checked values of a `simpleBinding` as one comma-separated string. */
export function splitSelection(text: string): string[] {
  return text === '' ? [] : text.split(',').map((value) => value.trim());
}

// The binding keys a chosen row holds (a module constant: useRowChoice needs a stable list).
const SELECTION_KEYS = ['simpleBinding', 'label'] as const;

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
  const rows = useRowChoice(node, SELECTION_KEYS);
  const chosen = rows?.chosen;
  const selected = useMemo(
    () => (chosen ? chosen.map((row) => row.simpleBinding ?? '') : splitSelection(text)),
    [chosen, text],
  );
  const toggle = (value: string, on: boolean, label?: string) => {
    if (rows) {
      const extra = label === undefined ? undefined : { label };
      if (on) chooseRow(engine.data, rows.choice, { simpleBinding: value }, { extra });
      else unchooseRow(engine.data, rows.choice, { simpleBinding: value }, rows.strategy);
      return;
    }
    const next = on ? [...selected, value] : selected.filter((item) => item !== value);
    setText(order.filter((item) => next.includes(item)).join(','));
  };
  return { selected, toggle };
}
