import { LIMITS } from '../limits/limits.ts';
import { hasValues, withoutMarks } from './textValues.ts';

/**
 * Text with nothing Markdown or HTML could act on is its own content, which spares the lexer for
 * the many plain labels. Anything that might be syntax takes the full path.
 */
export function isPlainMarkdown(text: string): boolean {
  return !/[\\`*_[\]<>&~\n\t@]|:\/\/|www\.|^\s*([-+#>=|]|\d+[.)])|^ {4}/.test(text);
}

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
