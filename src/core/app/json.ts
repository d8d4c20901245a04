import type { Diagnostic } from '../diagnostics.ts';
import { findJsonErrorOffset } from './jsonErrorOffset.ts';
import { stripJsonExtensions } from './lenientJson.ts';

export type JsonParseResult =
  { ok: true; value: unknown; warning?: Diagnostic } | { ok: false; diagnostic: Diagnostic };

/**
 * Parses one app file. A UTF-8 byte-order mark is tolerated (Altinn Studio on Windows writes
 * them). Comments and trailing commas are accepted with a warning, as the reference backend
 * accepts them; any other syntax error becomes a diagnostic with the line and column, never an
 * exception.
 */
export function parseJsonFile(text: string, file: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const stripped = stripJsonExtensions(body);
    if (stripped !== undefined) {
      try {
        const warning: Diagnostic = {
          severity: 'warning',
          code: 'json-lenient',
          file,
          pointer: '',
          message:
            'Contains comments or trailing commas. Accepted, as the Altinn backend accepts them, but strict JSON tools will reject the file.',
        };
        return { ok: true, value: JSON.parse(stripped), warning };
      } catch {
        // Not just comments or commas: report the original text's first error below.
      }
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'json-syntax',
        file,
        pointer: '',
        message: describeSyntaxError(body, reason),
      },
    };
  }
}

function describeSyntaxError(text: string, reason: string): string {
  const offset = findJsonErrorOffset(text);
  if (offset === undefined) return `Invalid JSON: ${reason}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset < text.length ? `unexpected ${JSON.stringify(text[offset])}` : 'unexpected end of file';
  return `Invalid JSON at line ${line}, column ${column}: ${found}`;
}
