import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { isPathWithin } from '../../core/data/path.ts';
import { saveDelayOf } from '../../core/save/index.ts';
import { useAutosave } from '../context/Autosave.ts';
import { useFormContext } from '../context/FormContext.ts';

export interface BoundValue {
  /** What the field shows: the stored value as text, or the raw text the user typed that did not fit the schema. */
  text: string;
  setText(text: string): void;
  /** True when `text` could not be stored as the data model's type. */
  invalid: boolean;
}

const NO_BINDING: BoundValue = { text: '', setText: () => {}, invalid: false };

/**
 * Reads and writes one of the node's data bindings (default `simpleBinding`). The component
 * re-renders only when a write touches this binding's path (or a path above or below it).
 * When the form autosaves, a write waits the node's `saveWhileTyping` before it is saved.
 */
export function useBinding(node: FormNode, key = 'simpleBinding'): BoundValue {
  const { engine } = useFormContext();
  const binding = node.bindings[key];
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!binding) return () => {};
      const relevant = (path: string) => {
        if (isPathWithin(path, binding.field) || isPathWithin(binding.field, path)) onChange();
      };
      const stores = [engine.data.model(binding.dataType), engine.data.invalid[binding.dataType]];
      const unsubscribers = stores.map((store) => store.subscribe(relevant));
      return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
    },
    [engine, binding],
  );
  const read = useCallback(() => (binding ? engine.data.text(binding) : ''), [engine, binding]);
  const text = useSyncExternalStore(subscribe, read, read);
  const autosave = useAutosave();
  const saveDelay = saveDelayOf(node.component.saveWhileTyping);
  const setText = useCallback(
    (next: string) => {
      if (!binding) return;
      if (autosave) autosave.withDelay(saveDelay, () => engine.data.setText(binding, next));
      else engine.data.setText(binding, next);
    },
    [engine, binding, autosave, saveDelay],
  );
  if (!binding) return NO_BINDING;
  return { text, setText, invalid: engine.data.isInvalid(binding) };
}
