import { useMemo } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { itemFieldsOf, type ItemEntry } from './itemFields.ts';

/**
 * The fields of a row of the node's `data` array, with labels and descriptions in the form's
 * language: schema titles (or property names) double as text keys, so an app can word and
 * translate them.
 */
export function useItemEntries(node: FormNode): ItemEntry[] {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const binding = node.bindings.data;
  const schema = binding ? engine.layoutSet.dataModelSchemas[binding.dataType] : undefined;
  const field = binding?.field;
  return useMemo(() => {
    if (field === undefined) return [];
    const resolve = (entries: ItemEntry[]): ItemEntry[] =>
      entries.map((entry) => {
        const label = texts.resolve(entry.label);
        const description = entry.description && texts.resolve(entry.description);
        if (entry.kind === 'group') return { ...entry, label, description, entries: resolve(entry.entries) };
        if (entry.kind === 'items') {
          return {
            ...entry,
            label,
            description,
            itemLabel: texts.resolve(entry.itemLabel),
            entries: resolve(entry.entries),
          };
        }
        return { ...entry, label, description };
      });
    return resolve(itemFieldsOf(schema, field));
  }, [schema, field, texts]);
}
