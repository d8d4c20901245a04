import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { SkjemaForm } from '../../src/index.ts';
import { builtinTexts, formatDiagnostic, type Diagnostic, type LoadedLayoutSet } from '../../src/core/index.ts';

interface Props {
  layoutSet: LoadedLayoutSet | null;
  subformLayoutSets: LoadedLayoutSet[];
  diagnostics: Diagnostic[];
}

/** The `npm start` page: the app's form, its load problems above it, and the submitted JSON after submit. */
export function DevApp({ layoutSet, subformLayoutSets, diagnostics }: Props) {
  const [submitted, setSubmitted] = useState<Record<string, unknown> | null>(null);
  const [language, setLanguage] = useState('nb');
  const builtin = builtinTexts[language as keyof typeof builtinTexts] ?? builtinTexts.en;
  // The form is the whole page, so the page is in the form's language (SkjemaForm itself marks only its own element).
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <main lang={language}>
      {diagnostics.length > 0 && (
        <Alert data-color="warning" className="dev-diagnostics">
          <Heading level={2} data-size="xs">
            {builtin['layout_error.title']}
          </Heading>
          <ul>
            {diagnostics.map((diagnostic, index) => (
              <li key={index}>
                <code>{formatDiagnostic(diagnostic)}</code>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {layoutSet && !submitted && (
        <SkjemaForm
          layoutSet={layoutSet}
          subformLayoutSets={subformLayoutSets}
          language={language}
          onLanguageChange={setLanguage}
          onSubmit={setSubmitted}
        />
      )}
      {submitted && (
        <section aria-labelledby="submitted-heading">
          <Heading level={1} id="submitted-heading" data-size="lg">
            {builtin['form_filler.submitted_heading']}
          </Heading>
          <Paragraph>{builtin['form_filler.submitted_body']}</Paragraph>
          <pre data-testid="submitted-json">{JSON.stringify(submitted, null, 2)}</pre>
        </section>
      )}
    </main>
  );
}
