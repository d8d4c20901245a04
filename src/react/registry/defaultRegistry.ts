import { actionComponents } from '../components/actionComponents.ts';
import { containerComponents } from '../components/containerComponents.ts';
import { formComponents } from '../components/formComponents.ts';
import { presentationComponents } from '../components/presentationComponents.ts';
import { taskComponents } from '../components/taskComponents.ts';
import { ComponentRegistry } from './ComponentRegistry.ts';
import type { ComponentDefinition } from './types.ts';

export const builtinComponents: readonly ComponentDefinition[] = [
  ...formComponents,
  ...presentationComponents,
  ...actionComponents,
  ...containerComponents,
  ...taskComponents,
];

/** A registry with every built-in component; extend it to add or replace types. */
export function createDefaultRegistry(): ComponentRegistry {
  return new ComponentRegistry(builtinComponents);
}
