import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Not imported from previewHarness.ts, which needs vitest: a script and Playwright use this too.
const FIXTURE_APP = resolve(import.meta.dirname, '../fixtures/preview-app');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/**
 * A copy of the preview test app (in a temporary folder the caller removes) whose one page has a
 * name, an upload field for the scanned data type (`scanned`, pending scans block submitting) and
 * a submit button, with Bokmål texts: what a person sees when attachments are scanned.
 */
export function scannedUploadApp(): string {
  const appDir = mkdtempSync(join(tmpdir(), 'skjema-scanned-app-'));
  cpSync(FIXTURE_APP, appDir, { recursive: true });
  const metadataFile = join(appDir, 'App/config/applicationmetadata.json');
  const metadata = readJson<{ dataTypes: Record<string, unknown>[]; title: unknown }>(metadataFile);
  metadata.title = { nb: 'Søknad om tilskudd' };
  for (const type of metadata.dataTypes) if (type.id === 'scanned') type.validationErrorOnPendingFileScan = true;
  writeFileSync(metadataFile, JSON.stringify(metadata, null, 2));
  writeFileSync(
    join(appDir, 'App/ui/form/layouts/page1.json'),
    JSON.stringify({
      data: {
        layout: [
          {
            id: 'name',
            type: 'Input',
            dataModelBindings: { simpleBinding: 'name' },
            textResourceBindings: { title: 'name.label' },
            required: true,
          },
          {
            id: 'scanned',
            type: 'FileUpload',
            displayMode: 'list',
            maxNumberOfAttachments: 5,
            textResourceBindings: { title: 'scanned.title', description: 'scanned.description' },
          },
          { id: 'submit', type: 'Button', mode: 'submit', textResourceBindings: { title: 'submit.title' } },
        ],
      },
    }),
  );
  const textsFile = join(appDir, 'App/config/texts/resource.nb.json');
  const texts = readJson<{ resources: { id: string; value: string }[] }>(textsFile);
  texts.resources.push(
    { id: 'appName', value: 'Søknad om tilskudd' },
    { id: 'page1', value: 'Søker og vedlegg' },
    { id: 'name.label', value: 'Navn på søker' },
    { id: 'scanned.title', value: 'Vedlegg' },
    { id: 'scanned.description', value: 'Last opp budsjett og kvitteringer. Vedleggene sjekkes for virus.' },
    { id: 'submit.title', value: 'Send inn' },
  );
  writeFileSync(textsFile, JSON.stringify(texts, null, 2));
  return appDir;
}
