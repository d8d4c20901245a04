// The built `skjema preview`: the bin serves the app API and the prebuilt page, with no Vite and no
// source files, the way an app developer runs it with `npx skjema preview`. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from './previewProcess.mjs';

test('the built bin runs the example app: its API, a test-user login, and the prebuilt page with its assets', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-dist-preview-'));
  const { child, url } = startPreview(dataDir);
  try {
    const base = await url;
    const metadata = await (await fetch(`${base}/skjema/event-permit/api/v1/applicationmetadata`)).json();
    assert.equal(metadata.id, 'skjema/event-permit');

    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    const html = await page.text();
    const config = JSON.parse(/<script type="application\/json" id="skjema-preview">(.*?)<\/script>/.exec(html)[1]);
    assert.equal(config.org, 'skjema');
    assert.ok(config.testUsers.some((user) => user.userId === 1337));
    // Rooted, so the same page also works at /{org}/{app}/ (several apps in one preview).
    const script = /src="\/(assets\/[^"]+\.js)"/.exec(html)[1];
    const asset = await fetch(`${base}/${script}`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type'), /javascript/);
    const appPage = await fetch(`${base}/skjema/event-permit/`);
    assert.equal(appPage.status, 200);
    assert.match(await appPage.text(), new RegExp(`src="/${script}"`));

    const token = await (await fetch(`${base}/Home/GetTestUserToken?userId=1337&authenticationLevel=2`)).text();
    const created = await fetch(`${base}/skjema/event-permit/instances?instanceOwnerPartyId=501337`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(created.status, 201);
    const instance = await created.json();
    assert.equal(instance.process.currentTask.elementId, 'Task_1');
    assert.ok(instance.data.some((element) => element.dataType === 'model'));
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
