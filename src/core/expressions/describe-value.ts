/** How a value is quoted in error messages: JSON, so strings keep their quotes (`"yes"`) and numbers do not. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
