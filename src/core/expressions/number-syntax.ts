// Integers, decimals with digits on both sides of the dot, and exponent forms (where a bare
// leading dot such as ".5e2" and an explicit sign on either part are allowed).
const INTEGER = /^-?[0-9]+$/;
const DECIMAL = /^-?[0-9]+\.[0-9]+$/;
const EXPONENT = /^[+-]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[eE][+-]?[0-9]+$/;

/** True when a string is a number the language accepts; `"55."`, `"5e"` and `"e2"` are not. */
export function isNumericString(text: string): boolean {
  return INTEGER.test(text) || DECIMAL.test(text) || EXPONENT.test(text);
}
