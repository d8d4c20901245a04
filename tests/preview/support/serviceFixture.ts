import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The fixture for the service around the form: prefill, copies, automatic deletion. */
export const SERVICE_APP = resolve(import.meta.dirname, '../fixtures/service-app');

/** A copy of the service fixture in a temporary folder, changed by `change`. The caller removes it. */
export function serviceVariant(name: string, change: (appDir: string) => void): string {
  const appDir = mkdtempSync(join(tmpdir(), `skjema-service-${name}-`));
  cpSync(SERVICE_APP, appDir, { recursive: true });
  change(appDir);
  return appDir;
}

/** Changes a JSON file of an app copy. */
export function editJson<T>(appDir: string, file: string, change: (value: T) => void): void {
  const path = join(appDir, file);
  const value = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
}

/** A multipart body as the harness sends it raw. */
export async function multipart(form: FormData): Promise<{ raw: Buffer; headers: Record<string, string> }> {
  const request = new Request('http://x/', { method: 'POST', body: form });
  return {
    raw: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}
