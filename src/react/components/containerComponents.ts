import type { ComponentDefinition } from '../registry/types.ts';

/** Components that render other components: groups, repeating groups, grids, tabs… */
export const containerComponents: readonly ComponentDefinition[] = [];
