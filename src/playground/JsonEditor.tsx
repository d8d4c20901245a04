import { json, jsonLanguage } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import type { JSONSchema7 } from 'json-schema';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Diagnostic } from '../core/diagnostics.ts';
import { editorDiagnostics } from './editorDiagnostics.ts';
import type { JsonSyntaxError } from './playgroundApp.ts';

export interface JsonEditorProps {
  /** The editor's accessible name. */
  label: string;
  /** The file shown; a new file replaces the editor's content and its undo history. */
  file: string;
  /** The file's text when it opens; later the editor's own, but for `replacement`. */
  text: string;
  /**
   * Text put in from outside the editor (a component added from the palette), once per serial. The
   * editor's own changes never come back through `text`: while the user types, the text React
   * holds is a keystroke behind, and writing it back would undo what was just typed.
   */
  replacement?: { text: string; serial: number };
  /** Completion and hover come from it. */
  schema?: JSONSchema7;
  /**
   * The last check's findings (of every file; the editor shows its own) and the syntax error of its
   * file, for `markedText`: shown only while the editor still holds that text, so none lands on the
   * wrong line. Both keep their identity until the next check, so typing dispatches no marks (a
   * dispatch from React while CodeMirror handles a keystroke would lose input).
   */
  findings: readonly Diagnostic[];
  syntaxError: JsonSyntaxError | undefined;
  markedText: string | undefined;
  onChange: (text: string) => void;
}

/**
 * The editor's size, and the lint marks drawn in CSS: CodeMirror's own are data: URL images, which
 * the preview page's Content-Security-Policy does not load.
 */
const EDITOR_THEME = {
  '&': { height: '24rem' },
  '.cm-scroller': { fontSize: '0.8125rem' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy #c01b1b' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy #a15c00' },
  '.cm-lint-marker': { content: 'none', width: '0.6em', height: '0.6em', borderRadius: '50%', marginTop: '0.3em' },
  '.cm-lint-marker-error': { background: '#c01b1b' },
  '.cm-lint-marker-warning': { background: '#a15c00' },
};

/** A CodeMirror JSON editor with JSON Schema completion and hover and marks from the playground's checks. */
export function JsonEditor({
  label,
  file,
  text,
  replacement,
  schema,
  findings,
  syntaxError,
  markedText,
  onChange,
}: JsonEditorProps) {
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
      // Styles in the shadow root come from the editor's theme: the page's CSS does not reach in.
      EditorView.theme(EDITOR_THEME),
      // Focusable for axe's rule on scrolling regions, which does not count contenteditable.
      EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          // Told after the editor's update, not inside it: React may render at once, and nothing may
          // dispatch to the editor while it updates.
          const text = update.state.doc.toString();
          queueMicrotask(() => changed.current(text));
        }
      }),
    ];
    if (schema) {
      extensions.push(
        stateExtensions(schema),
        jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
        hoverTooltip(jsonSchemaHover()),
      );
    }
    // In a shadow root, CodeMirror's styles go in as a constructed style sheet: a <style> element,
    // what it writes into a document, is refused by the preview page's Content-Security-Policy.
    const element = host.current!;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    shadow.append(parent);
    const created = new EditorView({ parent, root: shadow, state: EditorState.create({ doc: text, extensions }) });
    view.current = created;
    // Keys typed in the editor are the editor's: a surrounding widget that moves focus on the
    // arrows, Home or End must not act on them too.
    const keep = (event: Event) => event.stopPropagation();
    element.addEventListener('keydown', keep);
    return () => {
      element.removeEventListener('keydown', keep);
      created.destroy();
      parent.remove();
    };
    // The text is read when the file opens; later changes come from the editor or the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, schema, label]);

  useEffect(() => {
    const current = view.current;
    if (!current || !replacement || current.state.doc.toString() === replacement.text) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: replacement.text } });
    // Only a new serial replaces: the same replacement again would undo later typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replacement?.serial]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const marks =
      markedText === current.state.doc.toString() ? marksOf(current.state, file, findings, syntaxError) : [];
    current.dispatch(setDiagnostics(current.state, marks));
  }, [findings, syntaxError, markedText, file, schema]);

  return <div ref={host} className="skjema-playground__editor" data-file={file} />;
}

function marksOf(
  state: EditorState,
  file: string,
  findings: readonly Diagnostic[],
  syntaxError: JsonSyntaxError | undefined,
): EditorDiagnostic[] {
  if (!syntaxError) return editorDiagnostics(state, file, findings);
  const from = Math.min(syntaxError.offset, state.doc.length);
  const to = Math.min(from + 1, state.doc.length);
  return [{ from, to, severity: 'error', source: 'json-syntax', message: syntaxError.message }];
}
