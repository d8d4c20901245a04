export { normalizeLayouts } from './normalize.ts';
export { COMPONENT_TYPES, canonicalComponentType, type ComponentType } from './componentTypes.ts';
export { likertItemId } from './likert.ts';
export type {
  ChildPlacement,
  ChildReference,
  ComponentEntry,
  DataBinding,
  NormalizedComponent,
  NormalizedLayouts,
  NormalizedPage,
  NormalizeInput,
} from './types.ts';
