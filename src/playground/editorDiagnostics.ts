import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { getJsonPointers, type JSONPointerData, type JSONPartialPointerData } from 'codemirror-json-schema';
import type { Diagnostic } from '../core/diagnostics.ts';

/**
 * `skjema check`'s findings about one file as the editor's lint marks: each at the JSON its pointer
 * names (a property's name, or the first line of an object), or, when
 * the pointer names something the file lacks ("missing property"), at its nearest ancestor.
 */
export function editorDiagnostics(state: EditorState, file: string, found: readonly Diagnostic[]): EditorDiagnostic[] {
  const mine = found.filter((diagnostic) => diagnostic.file === file);
  if (mine.length === 0) return [];
  const pointers = getJsonPointers(state, 'json4');
  return mine.map((diagnostic) => {
    const { from, to } = rangeOf(state, pointers, diagnostic.pointer ?? '');
    return {
      from,
      to,
      severity: diagnostic.severity,
      source: diagnostic.code,
      message: diagnostic.componentId ? `${diagnostic.componentId}: ${diagnostic.message}` : diagnostic.message,
    };
  });
}

function rangeOf(
  state: EditorState,
  pointers: Map<string, JSONPointerData | JSONPartialPointerData>,
  pointer: string,
): { from: number; to: number } {
  for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
    const found = pointers.get(at);
    if (!found) continue;
    // A property's name, or an object's first line: the mark stays on the line it is about.
    return { from: found.keyFrom, to: Math.min(found.keyTo, state.doc.lineAt(found.keyFrom).to) };
  }
  return { from: 0, to: Math.min(1, state.doc.length) };
}
