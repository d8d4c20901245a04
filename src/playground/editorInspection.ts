import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';

/**
 * The playground's editors read from the page, for tests and tools that drive it: through the
 * playground's own CodeMirror modules, since a second copy of them (a test's own import, bundled
 * apart) does not know the first one's editors.
 */
export function editorIn(host: Element): EditorView | null {
  const dom = (host.shadowRoot ?? host).querySelector('.cm-editor');
  return dom ? EditorView.findFromDOM(dom as HTMLElement) : null;
}

/** The marks an editor shows, each with its line. */
export function marksIn(view: EditorView): { line: number; severity: string; message: string }[] {
  const found: { line: number; severity: string; message: string }[] = [];
  forEachDiagnostic(view.state, (diagnostic, from) =>
    found.push({
      line: view.state.doc.lineAt(from).number,
      severity: diagnostic.severity,
      message: diagnostic.message,
    }),
  );
  return found;
}
