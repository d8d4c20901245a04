import { json, jsonLanguage } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import type { JSONSchema7 } from 'json-schema';
import { useEffect, useLayoutEffect, useRef } from 'react';

export interface JsonEditorProps {
  /** The editor's accessible name. */
  label: string;
  /** The file shown; a new file replaces the editor's content and its undo history. */
  file: string;
  text: string;
  /** Completion and hover come from it. */
  schema?: JSONSchema7;
  /** Marks for `markedText`: shown only while the editor still holds that text, so none lands on the wrong line. */
  diagnostics: (state: EditorState) => EditorDiagnostic[];
  markedText: string | undefined;
  onChange: (text: string) => void;
}

/** A CodeMirror JSON editor with JSON Schema completion and hover and marks from the playground's checks. */
export function JsonEditor({ label, file, text, schema, diagnostics, markedText, onChange }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(null);
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    changed.current = onChange;
  });

  // One view per file and schema: a new file starts its own history.
  useEffect(() => {
    const extensions: Extension[] = [
      basicSetup,
      json(),
      lintGutter(),
      // Focusable for axe's rule on scrolling regions, which does not count contenteditable.
      EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) changed.current(update.state.doc.toString());
      }),
    ];
    if (schema) {
      extensions.push(
        stateExtensions(schema),
        jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
        hoverTooltip(jsonSchemaHover()),
      );
    }
    const created = new EditorView({ parent: host.current!, state: EditorState.create({ doc: text, extensions }) });
    view.current = created;
    return () => created.destroy();
    // The text is read when the file opens; later changes come from the editor or the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, schema, label]);

  // Text changed from outside the editor (a component added from the palette).
  useEffect(() => {
    const current = view.current;
    if (!current || current.state.doc.toString() === text) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: text } });
  }, [text]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const marks = markedText === current.state.doc.toString() ? diagnostics(current.state) : [];
    current.dispatch(setDiagnostics(current.state, marks));
  }, [diagnostics, markedText, file, schema]);

  return <div ref={host} className="skjema-playground__editor" data-file={file} />;
}
