/** `size`, `textAlign`, `fullWidth` and `position` of Button and Link (`IButtonProps`). */
export interface ButtonLayout {
  size?: 'sm' | 'md' | 'lg';
  textAlign?: 'left' | 'center' | 'right';
  fullWidth?: boolean;
  position?: 'left' | 'center' | 'right';
}

const SIZES = new Set(['sm', 'md', 'lg']);
const SIDES = new Set(['left', 'center', 'right']);

export function buttonSize(layout: ButtonLayout): 'sm' | 'md' | 'lg' | undefined {
  return layout.size && SIZES.has(layout.size) ? layout.size : undefined;
}

/** Class names for the wrapper (position) and the button (alignment, width). */
export function buttonLayoutClasses(layout: ButtonLayout): { wrapper: string; button: string } {
  const wrapper = ['skjema-action'];
  if (layout.position && SIDES.has(layout.position)) wrapper.push(`skjema-action--${layout.position}`);
  const button: string[] = [];
  if (layout.fullWidth) button.push('skjema-button--full-width');
  if (layout.textAlign && SIDES.has(layout.textAlign)) button.push(`skjema-button--text-${layout.textAlign}`);
  return { wrapper: wrapper.join(' '), button: button.join(' ') };
}
