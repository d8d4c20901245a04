import type { CSSProperties } from 'react';
import { fieldSplit } from './fieldSplit.ts';
import { readGridConfig } from './gridConfig.ts';
import { emptyGridStyle, toCssProperties } from './gridStyle.ts';
import { itemColumns } from './itemColumns.ts';
import './grid.css';

export interface GridAttributes {
  /** Class names to add to the component's wrapper, each with a leading space; '' for none. */
  className: string;
  style?: CSSProperties;
}

/**
 * The wrapper attributes that apply a component's Altinn `grid` property through grid.css.
 * `labelGrid` and `innerGrid` are for fields (`isField`): a container's fieldset has children,
 * not an input, beside its legend.
 */
export function gridAttributes(grid: unknown, isField: boolean): GridAttributes {
  const config = readGridConfig(grid);
  const item = itemColumns(config);
  const split = isField ? fieldSplit(config) : emptyGridStyle();
  const style = toCssProperties({ ...item.properties, ...split.properties });
  return {
    className: [...item.classes, ...split.classes].map((name) => ` ${name}`).join(''),
    ...(style && { style }),
  };
}

/** Whether any of these components is narrower than the full width at some breakpoint. */
export function usesColumns(components: readonly Readonly<Record<string, unknown>>[]): boolean {
  return components.some((component) => itemColumns(readGridConfig(component.grid)).classes.length > 0);
}
