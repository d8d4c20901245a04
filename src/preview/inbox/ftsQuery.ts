/** At most this many words of a search are used; more only slow the query. */
const MAX_WORDS = 12;

/**
 * An FTS5 MATCH expression for what a person typed: every word must occur, the last one as a
 * prefix (so results come while typing). The text is cut into words at anything that is not a
 * letter, digit or mark, as the index's unicode61 tokenizer cuts the indexed text, and each word
 * is quoted, so FTS syntax (`OR`, `NEAR`, `*`, `"`, `:`, `^`, parentheses) in the input is only text
 * and cannot change or break the query. Undefined when no word is left.
 */
export function ftsQuery(input: string): string | undefined {
  const words = input
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}
