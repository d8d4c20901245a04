/** The breakpoints of Altinn's `grid` property, smallest first. */
export const BREAKPOINTS = ['xs', 'sm', 'md', 'lg', 'xl'] as const;

export type Breakpoint = (typeof BREAKPOINTS)[number];

/**
 * Viewport width (px) where each breakpoint starts. The spec names none; these are Material UI's
 * defaults, where the reference frontend's grid comes from. grid.css holds the same numbers in
 * its media queries; a unit test keeps them equal.
 */
export const BREAKPOINT_MIN_WIDTH: Readonly<Record<Breakpoint, number>> = {
  xs: 0,
  sm: 600,
  md: 960,
  lg: 1280,
  xl: 1920,
};

/** A number of the 12 columns, or `auto` for the width the neighbours leave. */
export type GridSize = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 'auto';

/** Sizes per breakpoint; an unset breakpoint takes the nearest smaller one that is set. */
export type GridStyling = Partial<Record<Breakpoint, GridSize>>;

/** A component's `grid`: its own width, and how its label and input share that width. */
export interface GridConfig extends GridStyling {
  labelGrid?: GridStyling;
  innerGrid?: GridStyling;
}

function isGridSize(value: unknown): value is GridSize {
  return value === 'auto' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12);
}

function readStyling(value: unknown): GridStyling | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const source = value as Record<string, unknown>;
  const styling: GridStyling = {};
  for (const breakpoint of BREAKPOINTS) {
    if (isGridSize(source[breakpoint])) styling[breakpoint] = source[breakpoint];
  }
  return Object.keys(styling).length > 0 ? styling : undefined;
}

/**
 * The usable part of a component's `grid` property. The loader reports schema violations; here a
 * size outside 1–12/`auto` is dropped so that one typo costs that breakpoint, not the page.
 */
export function readGridConfig(value: unknown): GridConfig | undefined {
  const own = readStyling(value);
  const source = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const labelGrid = readStyling(source.labelGrid);
  const innerGrid = readStyling(source.innerGrid);
  if (!own && !labelGrid && !innerGrid) return undefined;
  return { ...own, ...(labelGrid && { labelGrid }), ...(innerGrid && { innerGrid }) };
}

/** Every breakpoint's size, mobile first: unset ones inherit the nearest smaller set one. */
export function resolveBreakpoints(styling: GridStyling | undefined, fallback: GridSize): Record<Breakpoint, GridSize> {
  let current = fallback;
  const resolved = {} as Record<Breakpoint, GridSize>;
  for (const breakpoint of BREAKPOINTS) {
    current = styling?.[breakpoint] ?? current;
    resolved[breakpoint] = current;
  }
  return resolved;
}
