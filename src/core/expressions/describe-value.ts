// A whole data-model subtree in an error message helps nobody; its start says what it was.
const MAX_CONTAINER_LENGTH = 100;

/** How a value is quoted in error messages: JSON, so strings keep their quotes (`"yes"`) and numbers do not. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  const container = value !== null && typeof value === 'object';
  return container && text.length > MAX_CONTAINER_LENGTH ? `${text.slice(0, MAX_CONTAINER_LENGTH - 1)}…` : text;
}
