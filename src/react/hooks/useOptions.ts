import { useMemo } from 'react';
import type { AppOption } from '../../core/app/types.ts';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useTextResolver } from '../i18n/useTexts.ts';

export interface ResolvedOption {
  /** The value as stored in the data model (options are compared as text, like the reference frontend). */
  value: string;
  label: string;
  description?: string;
}

/** The node's options, from its static `options` or from the app's code list named by `optionsId`, with labels resolved. */
export function useOptions(node: FormNode): ResolvedOption[] {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const { options, optionsId, sortOrder } = node.component as {
    options?: AppOption[];
    optionsId?: string;
    sortOrder?: 'asc' | 'desc';
  };
  return useMemo(() => {
    const source = Array.isArray(options) ? options : optionsId ? (engine.layoutSet.options[optionsId] ?? []) : [];
    const resolved = source
      .filter((option) => option && option.value !== undefined)
      .map((option) => ({
        value: option.value === null ? '' : String(option.value),
        label: texts.resolve(String(option.label ?? option.value)),
        description: option.description ? texts.resolve(option.description) : undefined,
      }));
    if (sortOrder === 'asc' || sortOrder === 'desc') {
      resolved.sort((a, b) => a.label.localeCompare(b.label, texts.language) * (sortOrder === 'asc' ? 1 : -1));
    }
    return resolved;
  }, [engine, options, optionsId, sortOrder, texts]);
}
