import type { ReactNode } from 'react';
import { FieldLabel } from './FieldLabel.tsx';

/**
 * How a Designsystemet `Textfield` is named: the field's title as its visible label or, for a field
 * without a title (see `useFieldTexts`), no label and the `unlabelledName`, if any, as `aria-label`.
 */
export function textfieldName(
  title: string | undefined,
  required: boolean,
  unlabelledName: string | undefined,
): { label: ReactNode } | { 'aria-label': string } {
  if (title !== undefined) return { label: <FieldLabel title={title} required={required} /> };
  return unlabelledName !== undefined ? { 'aria-label': unlabelledName } : { label: undefined };
}
