import { useCallback, useSyncExternalStore } from 'react';
import type { TextResolveOptions, TextResolver } from '../../core/texts/textResolver.ts';
import { useFormContext } from '../context/FormContext.ts';
import { subscribeAtReads, textDataReads } from '../hooks/textDataReads.ts';
import { useFormLanguage } from './FormLanguage.ts';

/** The text resolver for the form's current language; components re-render when the language changes. */
export function useTextResolver(): TextResolver {
  const { engine } = useFormContext();
  const language = useFormLanguage();
  // The engine keeps one resolver per language, so this is the same object until the language changes.
  return engine.texts(language);
}

/**
 * Resolves a text key. With `markValues` the values in it stay marked, for `<Markdown>` to show as
 * text; anything else shows the text as it is (an attribute, a button's plain label). A text that reads data-model variables re-renders when the data it reads changes;
 * other texts do not listen to the data at all, so typing does not re-render every label.
 */
export function useText(key: string | undefined, options?: TextResolveOptions): string | undefined {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const dynamic = key !== undefined && texts.hasVariables(key);
  const params = options?.params;
  const rowIndices = options?.rowIndices;
  const formatValue = options?.formatValue;
  const markValues = options?.markValues;
  // Only the data paths the text reads now: typing elsewhere in the form does not reach it.
  const reads = dynamic ? textDataReads([key], texts, { params, rowIndices, formatValue, markValues }) : '';
  const subscribe = useCallback(
    (onChange: () => void) => subscribeAtReads(engine.data, reads, onChange),
    [engine, reads],
  );
  // Not memoised: React reads a new getSnapshot without resubscribing, and a hook less per text counts in a large form.
  const read = () =>
    key === undefined ? undefined : texts.resolve(key, { params, rowIndices, formatValue, markValues });
  return useSyncExternalStore(subscribe, read, read);
}
