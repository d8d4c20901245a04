import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureVariant, PreviewHarness } from './support/previewHarness.ts';

describe('preview server: the app resources', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.closeKeepingContract());

  it('serves application metadata with the app id and a realistic altinnNugetVersion', async () => {
    const { status, body } = await harness.request('GET', 'api/v1/applicationmetadata', { token: null });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'skjema/preview-fixture', org: 'skjema', altinnNugetVersion: '8.12.7.300' });
    expect(harness.server.appUrl).toMatch(/\/skjema\/preview-fixture$/);
  });

  it('serves texts per language, falls back to nb, and refuses a language that is not two letters', async () => {
    const en = await harness.request('GET', 'api/v1/texts/en', { token: null });
    expect(en.body).toMatchObject({
      language: 'en',
      resources: expect.arrayContaining([{ id: 'name.label', value: 'Name' }]),
    });
    const nn = await harness.request('GET', 'api/v1/texts/nn', { token: null });
    expect(nn.body).toMatchObject({
      language: 'nb',
      resources: expect.arrayContaining([{ id: 'name.label', value: 'Navn' }]),
    });
    expect((await harness.request('GET', 'api/v1/texts/norsk', { token: null })).status).toBe(400);
    const languages = await harness.request('GET', 'api/v1/applicationlanguages', { token: null });
    expect(languages.body).toEqual([{ language: 'en' }, { language: 'nb' }]);
  });

  it('serves layout sets, the pages of a set as one object, settings, the JSON Schema', async () => {
    expect((await harness.request('GET', 'api/layoutsets', { token: null })).body).toEqual({
      sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }],
    });
    const layouts = await harness.request<Record<string, { data: { layout: { id: string }[] } }>>(
      'GET',
      'api/layouts/form',
      { token: null },
    );
    expect(Object.keys(layouts.body)).toEqual(['page1']);
    expect(layouts.body.page1!.data.layout.map((component) => component.id)).toEqual([
      'name',
      'amount',
      'people',
      'firstName',
    ]);
    expect((await harness.request('GET', 'api/layoutsettings/form', { token: null })).body).toEqual({
      pages: { order: ['page1'] },
    });
    const schema = await harness.request('GET', 'api/jsonschema/model', { token: null });
    expect(schema.body).toMatchObject({ type: 'object', properties: { people: { type: 'array' } } });
    expect((await harness.request('GET', 'api/layouts/nope', { token: null })).status).toBe(404);
  });

  it('serves an older app’s lower-case settings.json as the set’s settings, so its page order holds', async () => {
    const appDir = fixtureVariant('settings-case', (dir) =>
      renameSync(join(dir, 'App/ui/form/Settings.json'), join(dir, 'App/ui/form/settings.json')),
    );
    const lowerCase = await PreviewHarness.start({ appDir });
    try {
      expect((await lowerCase.request('GET', 'api/layoutsettings/form', { token: null })).body).toEqual({
        pages: { order: ['page1'] },
      });
    } finally {
      await lowerCase.close();
      rmSync(appDir, { recursive: true, force: true });
    }
  });

  it('answers 204 for the optional rule files and footer the app lacks', async () => {
    for (const path of [
      'api/ruleconfiguration/form',
      'api/rulehandler/form',
      'api/v1/footer',
      'api/validationconfig/model',
    ]) {
      expect((await harness.request('GET', path, { token: null })).status, path).toBe(204);
    }
  });

  it('serves static code lists, keeping value types, and explains that dynamic ones need the backend', async () => {
    const options = await harness.request('GET', 'api/options/colours?language=nb&extra=1', { token: null });
    expect(options.body).toEqual([
      { value: 'red', label: 'colour.red' },
      { value: 2, label: 'Two' },
    ]);
    const missing = await harness.request<{ detail: string }>('GET', 'api/options/municipalities', { token: null });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toMatch(/Dynamic options.*app backend/);
  });

  it('serves the BPMN process and answers unknown routes and wrong methods with ProblemDetails', async () => {
    const process = await harness.request('GET', 'api/v1/meta/process', { token: null });
    expect(process.text).toContain('<bpmn:task id="Task_1"');
    const unknown = await harness.request('GET', 'api/nothing-here', { token: null });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 404, title: 'Not Found' });
    const wrongMethod = await harness.request('DELETE', 'api/v1/applicationmetadata', { token: null });
    expect(wrongMethod.status).toBe(405);
  });

  it('hands the browser app’s paths to the frontend, never the API, and lets it serve the app page', async () => {
    const seen: string[] = [];
    const withFrontend = await PreviewHarness.start({
      frontend(req, res) {
        seen.push(req.url ?? '');
        if (req.url === '/missing') return false;
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>app</title>');
        return true;
      },
    });
    try {
      expect((await withFrontend.request('GET', '/', { token: null })).text).toContain('<title>app</title>');
      const page = await withFrontend.request('GET', '', { token: null });
      expect(page.text).toContain('<title>app</title>');
      expect(page.headers.getSetCookie().some((cookie) => cookie.startsWith('XSRF-TOKEN='))).toBe(true);
      expect((await withFrontend.request('GET', 'api/layoutsets', { token: null })).status).toBe(200);
      expect((await withFrontend.request('GET', '/missing', { token: null })).status).toBe(404);
      expect(seen).toEqual(['/', '/skjema/preview-fixture/', '/missing']);
    } finally {
      await withFrontend.close();
    }
  });

  it("serves layout-sets.json's uiSettings with the sets, so the page shows the app's taskNavigation", async () => {
    const uiSettings = { taskNavigation: [{ taskId: 'Task_1', name: 'fill' }, { type: 'receipt' }] };
    const appDir = fixtureVariant('ui-settings', (dir) =>
      writeFileSync(
        join(dir, 'App/ui/layout-sets.json'),
        JSON.stringify({ sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }], uiSettings }),
      ),
    );
    const withSettings = await PreviewHarness.start({ appDir });
    try {
      expect((await withSettings.request('GET', 'api/layoutsets', { token: null })).body).toEqual({
        sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }],
        uiSettings,
      });
    } finally {
      await withSettings.close();
    }
  });
});
