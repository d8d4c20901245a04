import { Alert, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatDiagnostic, type Diagnostic } from '../../src/core/index.ts';
import { useAppTexts } from '../../src/react/app/AppTexts.ts';
import './devDiagnostics.css';

/** Problems shown before the rest fold away: enough to see what kind of trouble the app is in. */
const SHOWN = 3;

export interface DevDiagnosticsProps {
  diagnostics: readonly Diagnostic[];
  /** Whether the form renders in spite of them. */
  renders: boolean;
}

/**
 * The app's problems above its form on `npm run start:form`: a heading that says whether the form
 * renders and how many errors and warnings the app has, the first few problems, and the rest folded.
 */
export function DevDiagnostics({ diagnostics, renders }: DevDiagnosticsProps) {
  const { text } = useAppTexts();
  const headingId = useId();
  if (diagnostics.length === 0) return null;
  // Errors first: they are what breaks the form.
  const sorted = [...diagnostics].sort((a, b) => rank(a) - rank(b));
  const errors = sorted.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = sorted.length - errors;
  const counts = [
    errors > 0 && (errors === 1 ? text('dev.errors_one') : text('dev.errors_other', [errors])),
    warnings > 0 && (warnings === 1 ? text('dev.warnings_one') : text('dev.warnings_other', [warnings])),
  ].filter((part): part is string => !!part);
  const said = counts.length === 2 ? text('dev.and', counts) : counts[0];
  const shown = sorted.slice(0, SHOWN);
  const folded = sorted.slice(SHOWN);
  return (
    <Alert
      data-color={renders ? 'warning' : 'danger'}
      className="dev-diagnostics"
      role="region"
      aria-labelledby={headingId}
    >
      <Heading level={2} data-size="xs" id={headingId}>
        {text(renders ? 'dev.form_renders' : 'dev.form_does_not_render', [said])}
      </Heading>
      <DiagnosticList diagnostics={shown} />
      {folded.length > 0 && (
        <details className="dev-diagnostics-more">
          <summary>{text('dev.show_more', [folded.length])}</summary>
          <DiagnosticList diagnostics={folded} />
        </details>
      )}
    </Alert>
  );
}

function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  return (
    <ul className="dev-diagnostics-list">
      {diagnostics.map((diagnostic, index) => (
        <li key={index}>
          <code>{formatDiagnostic(diagnostic)}</code>
        </li>
      ))}
    </ul>
  );
}

function rank(diagnostic: Diagnostic): number {
  return diagnostic.severity === 'error' ? 0 : 1;
}
