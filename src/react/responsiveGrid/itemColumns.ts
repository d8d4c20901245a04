import { BREAKPOINTS, resolveBreakpoints, type GridSize, type GridStyling } from './gridConfig.ts';
import { emptyGridStyle, type GridStyle } from './gridStyle.ts';

/**
 * A component's share of the 12 columns, written only at the breakpoints where it changes:
 * grid.css lists the breakpoints smallest first, so a width holds until a larger breakpoint
 * names another one. A number goes in `--skjema-span-<bp>` beside the class `skjema-span-<bp>`;
 * `auto` is the class `skjema-span-<bp>-auto`. Nothing at all means the full width.
 */
export function itemColumns(styling: GridStyling | undefined): GridStyle {
  const style = emptyGridStyle();
  if (!styling) return style;
  const resolved = resolveBreakpoints(styling, 12);
  let previous: GridSize = 12;
  for (const breakpoint of BREAKPOINTS) {
    const size = resolved[breakpoint];
    if (size === previous) continue;
    previous = size;
    if (size === 'auto') {
      style.classes.push(`skjema-span-${breakpoint}-auto`);
    } else {
      style.classes.push(`skjema-span-${breakpoint}`);
      style.properties[`--skjema-span-${breakpoint}`] = String(size);
    }
  }
  return style;
}
