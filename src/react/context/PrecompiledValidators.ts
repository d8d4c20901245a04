import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { PrecompiledModelValidators } from '../../core/index.ts';

/** Data-model validators compiled at build time, by data type (`skjema compile`, the `skjema/vite` plugin). */
export type PrecompiledValidatorsByDataType = Readonly<Record<string, PrecompiledModelValidators>>;

/**
 * What `<AltinnApp>` and `SkjemaForm` were given as `precompiledValidators`, for every form session
 * made below them (the current task's form, a past task's, another task's summary), so that none of
 * them compiles a schema in the browser.
 */
const PrecompiledValidatorsContext = createContext<PrecompiledValidatorsByDataType | undefined>(undefined);

export function PrecompiledValidatorsProvider({
  value,
  children,
}: {
  value: PrecompiledValidatorsByDataType | undefined;
  children?: ReactNode;
}) {
  return createElement(PrecompiledValidatorsContext.Provider, { value }, children);
}

export function usePrecompiledValidators(): PrecompiledValidatorsByDataType | undefined {
  return useContext(PrecompiledValidatorsContext);
}
