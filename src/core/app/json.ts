import type { Diagnostic } from '../diagnostics.ts';
import { findJsonErrorOffset } from './jsonErrorOffset.ts';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/**
 * Parses one app file. A UTF-8 byte-order mark is tolerated (Altinn Studio on Windows writes
 * them); a syntax error becomes a diagnostic with the line and column, never an exception.
 */
export function parseJsonFile(text: string, file: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
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
