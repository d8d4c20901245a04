import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import type { TextResolveOptions, TextResolver } from '../../core/texts/textResolver.ts';
import { expressionReadsData, markValue } from '../../core/texts/textValues.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useTextResolver } from '../i18n/useTexts.ts';
import { subscribeAtReads, textDataReads } from './textDataReads.ts';

export type NodeTextOptions = Pick<TextResolveOptions, 'formatValue'> & {
  /** For plain text (a button's label, an attribute): the values unmarked. */
  plain?: boolean;
};

/**
 * Several of the node's `textResourceBindings` at once, as `useNodeText` gives each, behind one
 * subscription: the node's version, and the data-model paths the texts read (none for most). A field
 * asks for half a dozen texts (title, description, help, the names for screen readers, prefix,
 * suffix); one subscription and one effect for all of them, instead of two per text, is most of
 * what a thousand-field form holds in memory after mounting (docs/performance.md).
 */
export function useNodeTexts(
  node: FormNode,
  bindings: readonly string[],
  options?: NodeTextOptions,
): (string | undefined)[] {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const formatValue = options?.formatValue;
  const resolveOptions: TextResolveOptions = {
    rowIndices: node.rowIndices,
    formatValue,
    markValues: formatValue === undefined && options?.plain !== true,
  };
  const keys = bindings.map((binding) => boundKey(node, binding));
  const dynamic = keys.some((key) => key !== undefined && texts.hasVariables(key));
  // The data paths the texts read now, as one string: a new set of paths (another text key, a row
  // that moved) subscribes anew.
  const reads = dynamic ? textDataReads(keys, texts, resolveOptions) : '';
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offNode = engine.subscribeNode(node.id, onChange);
      if (reads === '') return offNode;
      const offData = subscribeAtReads(engine.data, reads, onChange);
      return () => {
        offNode();
        offData();
      };
    },
    [engine, node.id, reads],
  );
  // A string snapshot compares by value: a text that reads data re-renders only when it reads otherwise.
  const read = () => {
    const version = engine.nodeVersion(node.id);
    if (!dynamic) return version;
    return `${version}\u0000${keys.map((key) => (key === undefined ? '' : texts.resolve(key, resolveOptions))).join('\u0000')}`;
  };
  useSyncExternalStore(subscribe, read, read);
  return bindings.map((binding, index) => finalText(node, binding, keys[index], texts, resolveOptions));
}

/** The text key a binding's expression yields now; undefined without the binding or for an empty key. */
function boundKey(node: FormNode, binding: string): string | undefined {
  if (node.component.textResourceBindings?.[binding] === undefined) return undefined;
  const key = node.evaluate(`textResourceBindings.${binding}`, 'string', '');
  return typeof key === 'string' && key !== '' ? key : undefined;
}

function finalText(
  node: FormNode,
  binding: string,
  key: string | undefined,
  texts: TextResolver,
  options: TextResolveOptions,
): string | undefined {
  if (key === undefined) return undefined;
  const text = texts.resolve(key, options);
  if (text === '') return undefined;
  // An expression that reads data and names no text: its result is a value, shown as typed.
  if (!texts.has(key) && expressionReadsData(node.component.textResourceBindings?.[binding])) {
    if (options.formatValue !== undefined) return options.formatValue(key);
    return options.markValues ? markValue(key) : key;
  }
  return text;
}
