import { Button, Field, Heading, Label, Paragraph, Select, ToggleGroup } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoadedLayoutSet, RawComponent } from '../core/app/types.ts';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.ts';
import { playgroundTextsFor } from '../core/texts/builtin/playground/index.ts';
import { SkjemaForm } from '../react/SkjemaForm.tsx';
import { JsonEditor } from './JsonEditor.tsx';
import {
  checkPlaygroundApp,
  jsonSyntaxError,
  pageFiles,
  textsFile,
  withComponentAdded,
  type AppFiles,
  type JsonSyntaxError,
  type PlaygroundCheck,
} from './playgroundApp.ts';
import type { PlaygroundSchemas } from './playgroundSchemas.ts';
import { blankApp, exampleApp } from './startingApps.ts';
import { EXAMPLE_PARTS, withLibraryPart } from './exampleLibrary.ts';
import { zipFiles } from './zip.ts';
import './playground.css';

export type PlaygroundStart = 'example' | 'blank';
export const PLAYGROUND_LANGUAGES = ['nb', 'nn', 'en'] as const;
export const PLAYGROUND_VIEWPORTS = [375, 768, 1280] as const;

export interface PlaygroundProps {
  /** The app to start from; the user may start over from the other. Default the example app. */
  start?: PlaygroundStart;
  /** The app's files instead of a starting app. */
  files?: AppFiles;
  schemas?: PlaygroundSchemas;
  language?: string;
  viewport?: number;
  /** How long typing pauses before the form is rebuilt, in milliseconds. */
  debounce?: number;
  /** Receives the downloaded .zip (tests read it back); default a file download in the browser. */
  onDownload?: (zip: Blob, fileName: string) => void;
}

/** What was checked: the files as they were, their syntax errors, and what loading them found. */
interface Checked {
  files: AppFiles;
  syntax: Record<string, JsonSyntaxError>;
  result: PlaygroundCheck;
}

const NO_FINDINGS: readonly Diagnostic[] = [];
const PALETTE: readonly string[] = ['Header', 'Paragraph', 'Input', 'TextArea', 'Checkboxes', 'Alert', 'Divider'];

/**
 * A designer's playground: the layout of a page, the data model and the texts in JSON editors with
 * completion from the Altinn schemas and `skjema check`'s findings at their lines, and the form
 * they make beside them, rebuilt as the designer types.
 */
export function Playground({
  start = 'example',
  files: given,
  schemas = {},
  language: initialLanguage = 'nb',
  viewport: initialViewport = 1280,
  debounce = 300,
  onDownload = downloadFile,
}: PlaygroundProps) {
  const [files, setFiles] = useState<AppFiles>(() => given ?? (start === 'blank' ? blankApp() : exampleApp()));
  const [language, setLanguage] = useState(initialLanguage);
  const [viewport, setViewport] = useState(initialViewport);
  const [checked, setChecked] = useState<Checked>();
  const [shown, setShown] = useState<{ layoutSet: LoadedLayoutSet; modelFile?: string; version: number }>();
  // Starting over is a new set of files: every editor opens anew.
  const [generation, setGeneration] = useState(0);
  const [replacement, setReplacement] = useState<{ file: string; text: string; serial: number }>();
  const [activePage, setActivePage] = useState<string>();
  const [componentType, setComponentType] = useState(PALETTE[0]);
  const texts = playgroundTextsFor(language);
  const text = (key: string, ...params: string[]) =>
    params.reduce((value, param, index) => value.replace(`{${index}}`, param), texts[key] ?? key);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const syntax: Record<string, JsonSyntaxError> = {};
      for (const [path, content] of Object.entries(files)) {
        const error = path.endsWith('.json') ? jsonSyntaxError(content) : undefined;
        if (error) syntax[path] = error;
      }
      // A file that does not parse keeps the last good form: half-typed JSON is not a broken app.
      const result =
        Object.keys(syntax).length > 0
          ? { diagnostics: [] }
          : await checkPlaygroundApp(files, schemas.checker).catch((error: unknown): PlaygroundCheck => ({
              diagnostics: [{ severity: 'error', code: 'playground', message: String(error) }],
            }));
      if (cancelled) return;
      setChecked({ files, syntax, result });
      if (result.layoutSet) {
        const { layoutSet, modelFile } = result;
        setShown((previous) => ({ layoutSet, modelFile, version: (previous?.version ?? 0) + 1 }));
      }
    }, debounce);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [files, schemas.checker, debounce]);

  const layoutSet = shown?.layoutSet;
  const pages = useMemo(() => (layoutSet ? pageFiles(layoutSet) : []), [layoutSet]);
  const page = pages.find((candidate) => candidate.page === activePage) ?? pages[0];
  // The editors stay on the files of the last app that loaded while a file does not parse.
  const modelFile = shown?.modelFile;
  const textFile = textsFile(language);

  const change = useCallback((path: string, content: string) => {
    setFiles((previous) => (previous[path] === content ? previous : { ...previous, [path]: content }));
  }, []);
  const findings = checked?.result.diagnostics ?? NO_FINDINGS;
  const marks = (path: string) => ({
    findings,
    syntaxError: checked?.syntax[path],
    markedText: checked?.files[path],
  });

  const startOver = (from: PlaygroundStart) => {
    setFiles(from === 'blank' ? blankApp() : exampleApp());
    setShown(undefined);
    setActivePage(undefined);
    setReplacement(undefined);
    setGeneration((previous) => previous + 1);
  };
  const addComponent = () => {
    if (!page) return;
    if (EXAMPLE_PARTS.includes(componentType)) {
      const withPart = withLibraryPart(files, page.file, componentType);
      if (!withPart) return;
      setFiles(withPart);
      const text = withPart[page.file]!;
      setReplacement((previous) => ({ file: page.file, text, serial: (previous?.serial ?? 0) + 1 }));
      return;
    }
    const id = `new-${componentType.toLowerCase()}`;
    const component: RawComponent = {
      id,
      type: componentType,
      textResourceBindings: { title: text('playground.new_component', componentType) },
    };
    if (['Input', 'TextArea'].includes(componentType)) component.dataModelBindings = { simpleBinding: id };
    if (componentType === 'Checkboxes') {
      component.dataModelBindings = { simpleBinding: id };
      component.options = [{ value: 'yes', label: text('playground.new_component', componentType) }];
    }
    if (componentType === 'Alert') component.severity = 'info';
    const added = withComponentAdded(files[page.file] ?? '', component);
    if (!added) return;
    change(page.file, added);
    setReplacement((previous) => ({ file: page.file, text: added, serial: (previous?.serial ?? 0) + 1 }));
  };
  const download = async () => {
    const name = appName(files);
    onDownload(await zipFiles(files), `${name}.zip`);
  };

  const syntaxErrors = Object.entries(checked?.syntax ?? {});
  const diagnostics = checked?.result.diagnostics ?? [];
  return (
    <div className="skjema-playground">
      <header className="skjema-playground__toolbar">
        <div>
          <Heading level={1} data-size="md">
            {text('playground.heading')}
          </Heading>
          <Paragraph data-size="sm">{text('playground.intro')}</Paragraph>
        </div>
        <Field>
          <Label>{text('playground.start')}</Label>
          <Select value="" onChange={(event) => event.target.value && startOver(event.target.value as PlaygroundStart)}>
            <Select.Option value="">–</Select.Option>
            <Select.Option value="example">{text('playground.start.example')}</Select.Option>
            <Select.Option value="blank">{text('playground.start.blank')}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label>{text('playground.language')}</Label>
          <Select value={language} onChange={(event) => setLanguage(event.target.value)}>
            {PLAYGROUND_LANGUAGES.map((code) => (
              <Select.Option key={code} value={code}>
                {texts[`language.full_name.${code}`] ?? code}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{text('playground.viewport')}</Label>
          <Select value={String(viewport)} onChange={(event) => setViewport(Number(event.target.value))}>
            {PLAYGROUND_VIEWPORTS.map((width) => (
              <Select.Option key={width} value={String(width)}>
                {text('playground.viewport.option', String(width))}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{text('playground.palette')}</Label>
          <Select value={componentType} onChange={(event) => setComponentType(event.target.value)}>
            {PALETTE.map((type) => (
              <Select.Option key={type} value={type}>
                {type}
              </Select.Option>
            ))}
            {EXAMPLE_PARTS.map((part) => (
              <Select.Option key={part} value={part}>
                {text('playground.palette.part', part)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button variant="secondary" onClick={addComponent} disabled={!page}>
          {text('playground.palette.add')}
        </Button>
        <Button onClick={download}>{text('playground.download')}</Button>
      </header>

      <div className="skjema-playground__editors">
        <section aria-label={page ? text('playground.editor.layout', page.page) : text('playground.pages')}>
          {pages.length > 1 && (
            <ToggleGroup
              data-toggle-group={text('playground.pages')}
              data-size="sm"
              value={page?.page}
              onChange={setActivePage}
            >
              {pages.map(({ page: name }) => (
                <ToggleGroup.Item key={name} value={name}>
                  {name}
                </ToggleGroup.Item>
              ))}
            </ToggleGroup>
          )}
          {page && (
            <JsonEditor
              key={generation}
              label={text('playground.editor.layout', page.page)}
              file={page.file}
              text={files[page.file] ?? ''}
              replacement={replacement?.file === page.file ? replacement : undefined}
              schema={schemas.layout}
              {...marks(page.file)}
              onChange={(content) => change(page.file, content)}
            />
          )}
        </section>
        <section aria-label={text('playground.editor.model')}>
          <Heading level={2} data-size="2xs">
            {text('playground.editor.model')}
          </Heading>
          {modelFile && (
            <JsonEditor
              key={generation}
              label={text('playground.editor.model')}
              file={modelFile}
              text={files[modelFile] ?? ''}
              {...marks(modelFile)}
              onChange={(content) => change(modelFile, content)}
            />
          )}
        </section>
        <section aria-label={text('playground.editor.texts', language)}>
          <Heading level={2} data-size="2xs">
            {text('playground.editor.texts', language)}
          </Heading>
          <JsonEditor
            key={generation}
            label={text('playground.editor.texts', language)}
            file={textFile}
            text={files[textFile] ?? emptyTexts(language)}
            schema={schemas.textResources}
            {...marks(textFile)}
            onChange={(content) => change(textFile, content)}
          />
        </section>
      </div>

      <section className="skjema-playground__findings" aria-label={text('playground.findings')}>
        <Heading level={2} data-size="2xs">
          {text('playground.findings')}
        </Heading>
        <div role="status">
          {syntaxErrors.map(([path, error]) => (
            <Paragraph key={path} data-size="sm" data-color="danger">
              {text('playground.syntax_error', path, error.message)}
            </Paragraph>
          ))}
          {checked && syntaxErrors.length === 0 && !checked.result.layoutSet && (
            <Paragraph data-size="sm">{text('playground.not_loaded')}</Paragraph>
          )}
          {checked && syntaxErrors.length === 0 && diagnostics.length === 0 && (
            <Paragraph data-size="sm">{text('playground.findings.none')}</Paragraph>
          )}
        </div>
        {diagnostics.length > 0 && (
          <ul className="skjema-playground__finding-list">
            {diagnostics.map((diagnostic: Diagnostic, index) => (
              <li key={index}>{formatDiagnostic(diagnostic)}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="skjema-playground__stage" aria-label={text('playground.form')}>
        <div className="skjema-playground__frame" data-testid="playground-frame" style={{ width: `${viewport}px` }}>
          {layoutSet && (
            <SkjemaForm
              // A new layout set or language is a new form: the form reads both when it mounts.
              key={`${shown.version}:${language}`}
              layoutSet={layoutSet}
              language={language}
              page={page?.page}
            />
          )}
        </div>
      </section>
    </div>
  );
}

function emptyTexts(language: string): string {
  return `${JSON.stringify({ language, resources: [] }, null, 2)}\n`;
}

function appName(files: AppFiles): string {
  try {
    const id = (JSON.parse(files['App/config/applicationmetadata.json'] ?? '{}') as { id?: unknown }).id;
    const name = typeof id === 'string' ? id.split('/').pop() : undefined;
    return name && /^[\w.-]+$/.test(name) ? name : 'app';
  } catch {
    return 'app';
  }
}

function downloadFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
