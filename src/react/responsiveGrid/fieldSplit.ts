import { BREAKPOINTS, resolveBreakpoints, type GridConfig, type GridSize } from './gridConfig.ts';
import { emptyGridStyle, type GridStyle } from './gridStyle.ts';

/** Grid lines (`start / span n`) of a field's label and of its input, on the 12 columns. */
export interface SplitColumns {
  label: string;
  inner: string;
  /**
   * Rows of the input's first part: beside the label it spans the label's row and the
   * description's, so the description stays right under the label instead of under the input.
   */
  innerRows: 'span 2' | 'auto';
}

function span(own: GridSize, other: GridSize): number {
  if (own !== 'auto') return own;
  // `auto` takes what the other part leaves, or the whole row when it leaves nothing.
  return other === 'auto' || other === 12 ? 12 : 12 - other;
}

/** Where label and input go at one breakpoint: side by side when both fit in 12 columns, else stacked. */
export function splitColumns(label: GridSize, inner: GridSize): SplitColumns {
  const labelSpan = span(label, inner);
  const innerSpan = span(inner, label);
  const beside = labelSpan + innerSpan <= 12;
  return {
    label: `1 / span ${labelSpan}`,
    inner: `${beside ? labelSpan + 1 : 1} / span ${innerSpan}`,
    innerRows: beside ? 'span 2' : 'auto',
  };
}

/**
 * How a field's label and input share its width (`labelGrid`, `innerGrid`; 12 each by default),
 * as the class `skjema-split` with the placement at xs, and `skjema-split-<bp>` with the placement
 * wherever it changes. The xs placement is always written, so a field never reads the placement
 * of a field around it (custom properties inherit).
 */
export function fieldSplit(grid: GridConfig | undefined): GridStyle {
  const style = emptyGridStyle();
  if (!grid?.labelGrid && !grid?.innerGrid) return style;
  const labels = resolveBreakpoints(grid.labelGrid, 12);
  const inners = resolveBreakpoints(grid.innerGrid, 12);
  let previous: SplitColumns | undefined;
  for (const breakpoint of BREAKPOINTS) {
    const columns = splitColumns(labels[breakpoint], inners[breakpoint]);
    if (previous && columns.label === previous.label && columns.inner === previous.inner) continue;
    previous = columns;
    style.classes.push(breakpoint === 'xs' ? 'skjema-split' : `skjema-split-${breakpoint}`);
    style.properties[`--skjema-label-${breakpoint}`] = columns.label;
    style.properties[`--skjema-inner-${breakpoint}`] = columns.inner;
    style.properties[`--skjema-inner-rows-${breakpoint}`] = columns.innerRows;
  }
  return style;
}
