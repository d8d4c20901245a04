import { createContext, useContext } from 'react';
import type { FormNode } from '../../core/form/index.ts';

/** Something that went wrong while a component rendered, for tools that check a whole app. */
export type RenderProblem =
  { kind: 'crash'; node: FormNode; error: Error } | { kind: 'unknown-component'; node: FormNode };

export type RenderProblemReporter = (problem: RenderProblem) => void;

/**
 * Unset in a normal form: the crash alert and the unknown-component placeholder are all the user
 * needs. `skjema check` sets it to collect the problems of every page without reading the DOM.
 */
export const RenderProblemContext = createContext<RenderProblemReporter | undefined>(undefined);

export function useRenderProblemReporter(): RenderProblemReporter | undefined {
  return useContext(RenderProblemContext);
}
