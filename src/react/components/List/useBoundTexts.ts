import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { subscribeAtBindings } from '../../hooks/subscribeAtBindings.ts';

/** The text of several of the node's bindings at once, and a writer for all of them. */
export function useBoundTexts(node: FormNode, keys: readonly string[]) {
  const { engine, session } = useFormContext();
  const subscribe = useCallback(
    (onChange: () => void) =>
      subscribeAtBindings(
        engine.data,
        keys.map((key) => node.bindings[key]),
        onChange,
      ),
    [engine, node, keys],
  );
  const read = useCallback(
    () => JSON.stringify(keys.map((key) => (node.bindings[key] ? engine.data.text(node.bindings[key]) : ''))),
    [engine, node, keys],
  );
  const snapshot = useSyncExternalStore(subscribe, read, read);
  const values = useMemo(() => JSON.parse(snapshot) as string[], [snapshot]);
  const write = useCallback(
    (next: Record<string, string>) => {
      for (const key of keys) if (node.bindings[key]) session.write({ node, binding: key, text: next[key] ?? '' });
    },
    [session, node, keys],
  );
  return { values: Object.fromEntries(keys.map((key, index) => [key, values[index]])), write };
}
