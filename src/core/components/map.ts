import { formatLocationText } from '../tree/formatting.ts';
import type { ComponentTypeDefinition } from './definition.ts';

/** A marker on a map, stored as `"lat,lon"`. */
export const mapTypes: readonly ComponentTypeDefinition[] = [
  {
    type: 'Map',
    category: 'form',
    bindings: { simple: 'simpleBinding' },
    displayValue: (_node, context) => formatLocationText(context.text('simpleBinding')),
  },
];
