import { useEffect, useMemo, useRef } from 'react';
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

/** An option as the selection needs it: its value, and the label a new row's `label` binding gets. */
export interface SelectableOption {
  value: string;
  label: string;
}

export interface MultiSelection {
  selected: readonly string[];
  /** `label` goes to a new row's `label` binding in the object-list mode. */
  toggle(value: string, on: boolean, label?: string): void;
}

/**
 * The chosen values of Checkboxes and MultipleSelect, in either storage: a comma-separated
 * `simpleBinding`, or with a `group` binding one row per chosen value (`checked` and
 * `deletionStrategy` deciding what unchoosing does). The stored string follows the options'
 * order, so it does not depend on click order.
 */
export function useMultiSelection(node: FormNode, options: readonly SelectableOption[]): MultiSelection {
  const { session } = useFormContext();
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
      session.write({
        node,
        edit: (data) =>
          on
            ? chooseRow(data, rows.choice, { simpleBinding: value }, { extra })
            : unchooseRow(data, rows.choice, { simpleBinding: value }, rows.strategy),
      });
      return;
    }
    const next = on ? [...selected, value] : selected.filter((item) => item !== value);
    setText(
      options
        .map((option) => option.value)
        .filter((item) => next.includes(item))
        .join(','),
    );
  };
  usePreselectedRow(node, options, rows);
  return { selected, toggle };
}

/**
 * `preselectedOptionIndex` in the object-list mode, as useOptions does it for a plain binding:
 * once the options are known and no row is chosen, the option at that index becomes a row. Only
 * once per mount, so an option the user removes is not chosen again behind their back.
 */
function usePreselectedRow(
  node: FormNode,
  options: readonly SelectableOption[],
  rows: ReturnType<typeof useRowChoice>,
): void {
  const { session } = useFormContext();
  const done = useRef(false);
  const index = (node.component as { preselectedOptionIndex?: unknown }).preselectedOptionIndex;
  const nothingChosen = rows !== undefined && rows.chosen.length === 0;
  const choice = rows?.choice;
  useEffect(() => {
    // Options fetched from the app arrive after the first render; an empty list is not yet "known".
    if (done.current || !choice || options.length === 0) return;
    done.current = true;
    const option = typeof index === 'number' ? options[index] : undefined;
    if (!option || !nothingChosen) return;
    session.write({
      node,
      origin: 'prefill',
      edit: (data) => chooseRow(data, choice, { simpleBinding: option.value }, { extra: { label: option.label } }),
    });
  }, [session, node, choice, options, index, nothingChosen]);
}
