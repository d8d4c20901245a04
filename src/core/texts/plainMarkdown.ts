import { LIMITS } from '../limits/limits.ts';
import { isPlainMarkdown } from './markdownSyntax.ts';
import { hasValues, withoutMarks } from './textValues.ts';

/**
 * What a text shows as when it holds no value and nothing Markdown or HTML could act on: the text
 * itself, trimmed, as `parseMarkdown` would give it. Undefined when it needs the Markdown reader.
 * Lets a label of plain words skip the reader (and a renderer its Markdown component) entirely.
 */
export function plainContent(text: string): string | undefined {
  if (hasValues(text) || text.length > LIMITS.textLength) return undefined;
  const template = withoutMarks(text);
  return isPlainMarkdown(template) ? template.trim() : undefined;
}
