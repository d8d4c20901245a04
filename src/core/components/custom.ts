import type { ComponentTypeDefinition } from './definition.ts';
import { joinedBoundValues } from './values.ts';

/** Altinn's `Custom` type: a web component the app brings, whose answer is its bound values. */
export const customTypes: readonly ComponentTypeDefinition[] = [
  { type: 'Custom', category: 'form', displayValue: joinedBoundValues },
];
