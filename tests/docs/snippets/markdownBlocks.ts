import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One fenced code block of a Markdown file, with what the marker comment before it says. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the block's first code line (the line after the opening fence). */
  readonly line: number;
  /** The fence's info string's first word: `ts`, `json`, `sh`, … (empty when the fence has none). */
  readonly language: string;
  readonly code: string;
  readonly marker: SnippetMarker;
}

/**
 * What `<!-- snippet: … -->` right before a block says: `prelude=a,b` names files of
 * tests/docs/preludes that declare what a fragment leaves out; `skip reason="…"` excuses a block
 * that cannot compile (pseudo-code); any other word is a flag (`jsonc`, or the Altinn file kind a
 * JSON block is: `layout`, `layoutSettings`, `textResources`, …).
 */
export interface SnippetMarker {
  readonly preludes: readonly string[];
  readonly skip?: string;
  readonly flags: readonly string[];
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const MARKER = /^\s*<!--\s*snippet:(.*?)-->\s*$/;

/** README.md and every Markdown file under docs/, in a stable order. */
export function documentationFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
      );
  return [join(root, 'README.md'), ...walk(join(root, 'docs'))].map((file) => relative(root, file));
}

export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]);
    if (!open) continue;
    const [, indent, fence, language] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end].trim().startsWith(fence)) body.push(lines[end++]);
    blocks.push({
      file,
      line: index + 2,
      language,
      // A block inside a list item is indented as deep as its fence.
      code: body.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())).join('\n'),
      marker: markerBefore(lines, index),
    });
    index = end;
  }
  return blocks;
}

function markerBefore(lines: string[], fenceIndex: number): SnippetMarker {
  let previous = fenceIndex - 1;
  while (previous >= 0 && lines[previous].trim() === '') previous--;
  const match = previous >= 0 ? MARKER.exec(lines[previous]) : null;
  if (!match) return { preludes: [], flags: [] };
  const words = match[1].match(/[\w-]+="[^"]*"|[\w-]+=\S+|\S+/g) ?? [];
  const preludes: string[] = [];
  const flags: string[] = [];
  let skip: string | undefined;
  for (const word of words) {
    const [key, value] = word.includes('=')
      ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
      : [word];
    if (key === 'prelude' && value) preludes.push(...value.split(','));
    else if (key === 'skip') skip = value?.replace(/^"|"$/g, '') || 'no reason given';
    else if (key === 'reason') skip = value?.replace(/^"|"$/g, '');
    else flags.push(word);
  }
  return { preludes, skip, flags };
}
