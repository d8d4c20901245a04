/**
 * Visibility categories as bit flags, with the reference's values (`ValidationMask`), so masks
 * written in layouts (`showValidations`, `validateOnNext.show`) mean the same here.
 */
export const ValidationMask = {
  Schema: 1 << 0,
  Component: 1 << 1,
  Expression: 1 << 2,
  CustomBackend: 1 << 3,
  Required: 1 << 14,
  /** Standard backend validators (DataAnnotations, Required, Expression, File…): not part of `All`. */
  Backend: 1 << 15,
  AllExceptRequired: (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3),
  All: (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3) | (1 << 14),
  AllIncludingBackend: (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3) | (1 << 14) | (1 << 15),
} as const;

export type ValidationMaskName = keyof typeof ValidationMask;

/** A mask as layouts write it (a list of names), or already as bits. */
export type MaskInput = number | readonly string[];

/** Unknown names are ignored, as the reference does; an empty or unusable list gives `fallback`. */
export function toMask(input: unknown, fallback: number): number {
  if (typeof input === 'number' && Number.isInteger(input)) return input;
  if (!Array.isArray(input)) return fallback;
  let mask = 0;
  let known = false;
  for (const name of input) {
    if (typeof name === 'string' && Object.hasOwn(ValidationMask, name)) {
      mask |= ValidationMask[name as ValidationMaskName];
      known = true;
    }
  }
  return known ? mask : fallback;
}

/** Category 0 means "always visible" (showImmediately). */
export function isVisibleUnder(category: number, mask: number): boolean {
  return category === 0 || (category & mask) !== 0;
}
