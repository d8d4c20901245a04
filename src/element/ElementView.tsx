import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.ts';
import { AppTextsProvider, useAppTexts } from '../react/app/AppTexts.ts';
import { ConnectedElementApp, type ConnectedElementAppProps } from './ConnectedElementApp.tsx';
import { dispatchSkjemaEvent } from './events.ts';
import { fetchElementApp, loadElementApp, type LoadedElementApp, type SkjemaElementApp } from './loadElementApp.ts';
import { StandaloneElementForm } from './StandaloneElementForm.tsx';

/** Where the element's app comes from, as its attributes and properties say. */
export type ElementSource =
  | { readonly kind: 'files'; readonly app: SkjemaElementApp }
  | { readonly kind: 'src'; readonly url: string }
  | ({ readonly kind: 'connected' } & Omit<ConnectedElementAppProps, 'host' | 'language'>)
  | { readonly kind: 'none' };

export interface ElementViewProps {
  host: HTMLElement;
  source: ElementSource;
  language: string;
  readOnly: boolean;
  initialData?: unknown;
}

/** Everything `<skjema-form>` renders into its shadow root. */
export function ElementView(props: ElementViewProps) {
  return (
    <AppTextsProvider language={props.language}>
      <div className="skjema-element" lang={props.language}>
        <ElementContent {...props} />
      </div>
    </AppTextsProvider>
  );
}

function ElementContent({ host, source, language, readOnly, initialData }: ElementViewProps) {
  const { text } = useAppTexts();
  if (source.kind === 'none') return <Paragraph>{text('element.no_app')}</Paragraph>;
  if (source.kind === 'connected') {
    const { kind: _kind, ...connection } = source;
    return <ConnectedElementApp host={host} language={language} {...connection} />;
  }
  return (
    <StandaloneElement host={host} source={source} language={language} readOnly={readOnly} initialData={initialData} />
  );
}

function StandaloneElement({
  host,
  source,
  language,
  readOnly,
  initialData,
}: ElementViewProps & { source: Extract<ElementSource, { kind: 'files' | 'src' }> }) {
  const { text } = useAppTexts();
  const [loaded, setLoaded] = useState<{ source: ElementSource; app: LoadedElementApp } | undefined>();
  useEffect(() => {
    const abort = new AbortController();
    const load = source.kind === 'files' ? loadElementApp(source.app) : fetchElementApp(source.url, abort.signal);
    load.then(
      (app) => {
        if (abort.signal.aborted) return;
        setLoaded({ source, app });
        const errors = app.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
        if (!app.ok || errors.length > 0) {
          dispatchSkjemaEvent(host, 'skjema-error', {
            fatal: !app.ok,
            message:
              app.ok || app.reason === 'broken' ? errors.map(formatDiagnostic).join('\n') : fetchMessage(source, app),
            diagnostics: errors,
          });
        }
      },
      () => undefined,
    );
    return () => abort.abort();
  }, [host, source]);
  // Until the new app has loaded, the old form stays rather than flashing empty.
  if (!loaded) return null;
  const { app } = loaded;
  if (!app.ok) {
    return (
      <LoadProblems
        heading={text('element.load_failed')}
        body={app.reason === 'broken' ? text('element.load_failed_body') : undefined}
        lines={
          app.reason === 'broken'
            ? app.diagnostics.filter(isError).map(formatDiagnostic)
            : [fetchMessage(loaded.source, app, text)]
        }
      />
    );
  }
  const errors = app.diagnostics.filter(isError);
  return (
    <>
      {errors.length > 0 && <LoadProblems heading={text('element.part_failed')} lines={errors.map(formatDiagnostic)} />}
      <StandaloneElementForm
        key={keyOf(loaded.source, initialData)}
        host={host}
        layoutSet={app.layoutSet}
        validators={app.validators}
        initialData={initialData}
        language={language}
        readOnly={readOnly}
      />
    </>
  );
}

function LoadProblems({ heading, body, lines }: { heading: string; body?: string; lines: readonly string[] }) {
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {heading}
      </Heading>
      {body && <Paragraph>{body}</Paragraph>}
      <ul className="skjema-element-problems">
        {lines.map((line, index) => (
          <li key={index}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function isError(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error';
}

function fetchMessage(
  source: ElementSource,
  app: Extract<LoadedElementApp, { ok: false }>,
  text?: (key: string, params?: readonly unknown[]) => string,
): string {
  const url = source.kind === 'src' ? source.url : '';
  const cause = app.cause ?? '';
  return text ? text('element.fetch_failed', [url, cause]) : `${url}: ${cause}`;
}

// A new app or new initial data starts a new form; a language or read-only change does not.
const keys = new WeakMap<object, number>();
let nextKey = 0;
function keyOf(source: ElementSource, initialData: unknown): string {
  return `${idOf(source)}:${idOf(initialData)}`;
}
function idOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return -1;
  let id = keys.get(value);
  if (id === undefined) keys.set(value, (id = nextKey++));
  return id;
}
