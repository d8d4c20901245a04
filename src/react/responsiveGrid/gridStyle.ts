import type { CSSProperties } from 'react';

/** Class names plus the custom properties grid.css reads through them. */
export interface GridStyle {
  classes: string[];
  properties: Record<`--${string}`, string>;
}

export function emptyGridStyle(): GridStyle {
  return { classes: [], properties: {} };
}

/** React's style type has no custom properties; they are plain strings here. */
export function toCssProperties(properties: GridStyle['properties']): CSSProperties | undefined {
  return Object.keys(properties).length > 0 ? (properties as CSSProperties) : undefined;
}
