import { toLiteral } from './to-literal.ts';

export function castToString(raw: unknown): string | null {
  const value = toLiteral(raw);
  if (value === null) return null;
  if (typeof value === 'string') {
    // Booleans written in any case compare equal to real booleans (`"TRUE"` equals `true`).
    const lower = value.toLowerCase();
    return lower === 'true' || lower === 'false' ? lower : value;
  }
  return String(value);
}
