import { validateExpression } from '../../../src/core/expressions/index.ts';
import {
  ALTINN_FILE_SCHEMAS,
  type AltinnFileKind,
  type AltinnSchemaChecker,
} from '../../../src/core/schemas/altinnSchemaChecker.ts';
import type { CodeBlock } from './markdownBlocks.ts';

export interface JsonProblem {
  readonly where: string;
  readonly message: string;
}

/**
 * Checks a `json` block. It must parse, as a whole or, in the shapes the docs use, line by line:
 * - expression examples, one per line: `["plus", 1, 2] // → 3` — each is a valid expression
 *   unless its result says `error:`;
 * - `<!-- snippet: jsonl -->`: one JSON value per line (a log);
 * - `<!-- snippet: property -->`: a property of an object (`"name": value`);
 * - `<!-- snippet: expression -->`: one expression, which must be valid;
 * and where the marker names an Altinn file kind (`layout`, `validation`, …; `component` for one
 * component of a layout) it must be valid against that Altinn JSON Schema.
 */
export function checkJsonBlock(block: CodeBlock, checker: AltinnSchemaChecker): JsonProblem[] {
  const at = (offset: number, message: string) => ({ where: `${block.file}:${block.line + offset}`, message });
  const lines = block.code.split('\n');
  if (block.marker.flags.includes('jsonl') || isExpressionExamples(lines)) {
    return lines.flatMap((line, offset) => {
      if (line.trim() === '') return [];
      const [json, comment] = splitComment(line);
      const value = parse(json);
      if (value instanceof Error) return [at(offset, value.message)];
      if (block.marker.flags.includes('jsonl') || /→\s*error:/.test(comment)) return [];
      return validateExpression(value).map((issue) => at(offset, `${issue.message} (at "${issue.pointer}")`));
    });
  }
  const property = block.marker.flags.includes('property');
  const value = parse(property ? `{${block.code}}` : block.code);
  if (value instanceof Error) return [at(0, value.message)];
  if (block.marker.flags.includes('expression')) {
    return validateExpression(value).map((issue) => at(0, `${issue.message} (at "${issue.pointer}")`));
  }
  const kind = altinnKind(block, value);
  if (!kind) return [];
  const file = kind === 'component' ? { data: { layout: [value] } } : value;
  return checker
    .check(kind === 'component' ? 'layout' : kind, file, `${block.file}:${block.line}`)
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => at(0, `${diagnostic.pointer}: ${diagnostic.message}`));
}

/** The Altinn file a block is: named by its marker, else by its `$schema`. */
function altinnKind(block: CodeBlock, value: unknown): AltinnFileKind | 'component' | undefined {
  const named = block.marker.flags.find((flag) => flag === 'component' || flag in ALTINN_FILE_SCHEMAS);
  if (named) return named as AltinnFileKind | 'component';
  const schema = value && typeof value === 'object' && '$schema' in value ? String(value.$schema) : '';
  const kinds = Object.entries(ALTINN_FILE_SCHEMAS) as [AltinnFileKind, string][];
  return kinds.find(([, path]) => schema.endsWith(`/${path.split('/').pop()}`))?.[0];
}

function isExpressionExamples(lines: string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== '');
  return (
    filled.length > 0 && filled.every((line) => /^\s*\[/.test(line)) && filled.some((line) => splitComment(line)[1])
  );
}

/** Splits a line at its first `//` outside a JSON string. */
function splitComment(line: string): [string, string] {
  let inString = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (inString && char === '\\') index++;
    else if (char === '"') inString = !inString;
    else if (!inString && char === '/' && line[index + 1] === '/') return [line.slice(0, index), line.slice(index + 2)];
  }
  return [line, ''];
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    return error as Error;
  }
}
