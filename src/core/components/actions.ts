import type { ComponentTypeDefinition } from './definition.ts';

const action = (...types: string[]): ComponentTypeDefinition[] => types.map((type) => ({ type, category: 'action' }));

/** Buttons and navigation. */
export const actionTypes: readonly ComponentTypeDefinition[] = action(
  'NavigationButtons',
  'Button',
  'NavigationBar',
  'PrintButton',
  'CustomButton',
  'ActionButton',
  'InstantiationButton',
  'Link',
);
