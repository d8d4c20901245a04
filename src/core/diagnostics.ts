/**
 * A problem found in an app's files or at run time, located so that a developer can jump to it:
 * the file (relative to the app folder), a JSON pointer into that file, and the component id.
 */
export type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  severity: DiagnosticSeverity;
  /** Stable machine-readable kind, e.g. `schema`, `json-syntax`, `unknown-component`, `duplicate-id`. */
  code: string;
  message: string;
  /** Path relative to the app folder, e.g. `App/ui/form/layouts/applicant.json`. */
  file?: string;
  /** RFC 6901 pointer into `file`, e.g. `/data/layout/3/dataModelBindings`. */
  pointer?: string;
  componentId?: string;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = [diagnostic.file, diagnostic.pointer && `#${diagnostic.pointer}`].filter(Boolean).join('');
  const component = diagnostic.componentId ? ` [${diagnostic.componentId}]` : '';
  return `${diagnostic.severity}: ${where || '(app)'}${component}: ${diagnostic.message}`;
}

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(...segments: (string | number)[]): string {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

/**
 * A list that keeps each problem once: files every layout set reads (application metadata, texts,
 * layout-sets.json) report the same problem once per set that reads them.
 */
export function createDiagnosticList(): { diagnostics: Diagnostic[]; report(found: readonly Diagnostic[]): void } {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  return {
    diagnostics,
    report(found) {
      for (const diagnostic of found) {
        const key = JSON.stringify(diagnostic);
        if (seen.has(key)) continue;
        seen.add(key);
        diagnostics.push(diagnostic);
      }
    },
  };
}
