import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InstanceResponse } from '../../../src/wire/instance.ts';
import { PreviewHarness } from './previewHarness.ts';

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

/** Helpers for an instance of the service fixture: fill it, add files, submit it. */
export class ServiceSteps {
  constructor(private readonly harness: PreviewHarness) {}

  async patch(instance: InstanceResponse, dataType: string, patch: unknown[]): Promise<void> {
    const element = PreviewHarness.element(instance, dataType);
    const saved = await this.harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch },
    });
    if (saved.status !== 200) throw new Error(`Patch failed: ${saved.status} ${saved.text}`);
  }

  async upload(instance: InstanceResponse, dataType: string, fileName: string, text: string): Promise<string> {
    const uploaded = await this.harness.request<{ id: string }>(
      'POST',
      `instances/${instance.id}/data?dataType=${dataType}`,
      {
        raw: Buffer.from(`%PDF-1.4 ${text}`),
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename=${encodeURIComponent(fileName)}`,
        },
      },
    );
    if (uploaded.status !== 201) throw new Error(`Upload failed: ${uploaded.status} ${uploaded.text}`);
    return uploaded.body.id;
  }

  async submit(instance: InstanceResponse): Promise<void> {
    const moved = await this.harness.request('PUT', `instances/${instance.id}/process/next`);
    if (moved.status !== 200) throw new Error(`process/next failed: ${moved.status} ${moved.text}`);
  }

  async read(instanceId: string) {
    return this.harness.request<InstanceResponse>('GET', `instances/${instanceId}`);
  }

  async model(instance: InstanceResponse, dataType = 'model'): Promise<Record<string, unknown>> {
    const element = PreviewHarness.element(instance, dataType);
    return (await this.harness.request<Record<string, unknown>>('GET', `instances/${instance.id}/data/${element.id}`))
      .body;
  }
}
