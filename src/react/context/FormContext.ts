import { createContext, useContext } from 'react';
import type { FormEngine } from '../../core/form/index.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';

export interface FormNavigation {
  /** Pages the user can visit now, in order (hidden pages are left out). */
  pages: readonly string[];
  current: string;
  goTo(page: string): void;
  next(): void;
  previous(): void;
}

export interface FormContextValue {
  engine: FormEngine;
  registry: ComponentRegistry;
  navigation: FormNavigation;
  submit(): void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('skjema components must be rendered inside <SkjemaForm>.');
  return value;
}
