import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { subscribeAtBindings } from './subscribeAtBindings.ts';

export interface BoundValue {
  /** What the field shows: the stored value as text, or the raw text the user typed that did not fit the schema. */
  text: string;
  /** Writes as the user, through the session's write gate: refused (and left unchanged) when the node is read-only. */
  setText(text: string): void;
  /** True when `text` could not be stored as the data model's type. */
  invalid: boolean;
}

const NO_BINDING: BoundValue = { text: '', setText: () => {}, invalid: false };

/**
 * Reads and writes one of the node's data bindings (default `simpleBinding`). The component
 * re-renders only when a write touches this binding's path (or a path above or below it).
 * The session's gate makes a write wait the node's `saveWhileTyping` before it is saved.
 */
export function useBinding(node: FormNode, key = 'simpleBinding'): BoundValue {
  const { engine, session } = useFormContext();
  const binding = node.bindings[key];
  const subscribe = useCallback(
    (onChange: () => void) => subscribeAtBindings(engine.data, [binding], onChange),
    [engine, binding],
  );
  // Not memoised: React reads a new getSnapshot without resubscribing, and a hook less per field counts in a large form.
  const read = () => (binding ? engine.data.text(binding) : '');
  const text = useSyncExternalStore(subscribe, read, read);
  const setText = useCallback(
    (next: string) => {
      if (binding) session.write({ node, binding: key, text: next });
    },
    [session, node, binding, key],
  );
  if (!binding) return NO_BINDING;
  return { text, setText, invalid: engine.data.isInvalid(binding) };
}
