import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/cli/check.ts';
import { fileSource } from '../../src/core/node/fileSource.ts';
import { PREFILL_METADATA_KEY, readPrefillRecord } from '../../src/core/data/prefillRecord.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { PreviewHarness } from './support/previewHarness.ts';
import { editJson, multipart, SERVICE_APP, serviceVariant } from './support/serviceFixture.ts';

interface Model {
  applicant?: Record<string, unknown>;
  company?: Record<string, unknown>;
}

async function modelOf(harness: PreviewHarness, instance: InstanceResponse, dataType = 'model') {
  const element = PreviewHarness.element(instance, dataType);
  return (await harness.request<Model & { text?: string }>('GET', `instances/${instance.id}/data/${element.id}`)).body;
}

describe('preview server: once-only prefill', () => {
  let harness: PreviewHarness;
  const logged: string[] = [];
  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: SERVICE_APP, log: (line) => logged.push(line) });
  });
  afterAll(async () => {
    await harness.closeKeepingContract();
  });

  it('fills a person’s new form from the instantiation map, the profile and Folkeregisteret, and records where each value came from', async () => {
    const created = await harness.request<InstanceResponse>('POST', 'instances/create', {
      body: {
        instanceOwner: { partyId: '501337' },
        prefill: { 'applicant.firstName': 'Fra lenke', 'applicant.note': 'Hei', 'nowhere.at.all': 'skipped' },
      },
    });
    expect(created.status).toBe(201);
    const model = await modelOf(harness, created.body);
    expect(model.applicant).toEqual({
      // allowOverwrite is false: the instantiation's value stays, the register only fills what is empty.
      firstName: 'Fra lenke',
      note: 'Hei',
      fullName: 'Sophie Salt',
      email: null,
      phone: '98765432',
      userId: '1337',
      lastName: 'Salt',
      street: 'Grensen',
      houseNumber: 5,
    });
    expect(model.company).toBeUndefined();
    expect(logged).toContain(
      'prefill: App/models/model.prefill.json: ER skipped: the instance owner has no Organization in Enhetsregisteret.',
    );
    const record = readPrefillRecord(created.body.data.find((element) => element.dataType === 'model')!);
    expect(Object.fromEntries(record.map((field) => [field.path, field.source]))).toEqual({
      'applicant.firstName': 'prefill',
      'applicant.note': 'prefill',
      'applicant.fullName': 'UserProfile',
      'applicant.email': 'UserProfile',
      'applicant.phone': 'UserProfile',
      'applicant.userId': 'UserProfile',
      'applicant.lastName': 'DSF',
      'applicant.street': 'DSF',
      'applicant.houseNumber': 'DSF',
    });
    expect(created.body.presentationTexts).toEqual({ applicant: 'Sophie Salt' });
  });

  it('fills an organisation’s form from Enhetsregisteret and puts the org number in dataValues', async () => {
    const created = await harness.createInstance(500000);
    const model = await modelOf(harness, created);
    expect(model.company).toEqual({ name: 'DDG Fitness AS', orgNumber: '897069650', address: 'Karl Johans gate 10' });
    // Folkeregisteret has no person for an organisation: DSF is skipped, the profile still applies.
    expect(model.applicant).toMatchObject({ fullName: 'Sophie Salt' });
    expect(model.applicant?.lastName).toBeUndefined();
    expect(created.dataValues).toEqual({ orgNumber: '897069650' });
  });

  it('updates presentationTexts when the form is saved', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    const saved = await harness.request<{ instance: InstanceResponse }>(
      'PATCH',
      `instances/${instance.id}/data/${element.id}`,
      {
        body: { patch: [{ op: 'replace', path: '/applicant/fullName', value: 'Sophie S.' }] },
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.instance.presentationTexts).toEqual({ applicant: 'Sophie S.' });
    const cleared = await harness.request<{ instance: InstanceResponse }>(
      'PATCH',
      `instances/${instance.id}/data/${element.id}`,
      {
        body: { patch: [{ op: 'remove', path: '/applicant/fullName' }] },
      },
    );
    expect(cleared.body.instance.presentationTexts ?? {}).toEqual({});
  });

  it('prefills form data posted with POST data/{type}, from App/config/prefill when the model folder has no file', async () => {
    const instance = await harness.createInstance();
    expect((await modelOf(harness, instance, 'notes')).text).toBe('SophieDDG');
    const notes = PreviewHarness.element(instance, 'notes');
    expect((await harness.request('DELETE', `instances/${instance.id}/data/${notes.id}`)).status).toBe(200);
    const posted = await harness.request<{ instance: InstanceResponse; newDataElementId: string }>(
      'POST',
      `instances/${instance.id}/data/notes`,
      { raw: '', headers: { 'content-type': 'application/json' } },
    );
    expect(posted.status).toBe(200);
    const element = posted.body.instance.data.find((candidate) => candidate.id === posted.body.newDataElementId)!;
    expect(element.metadata).toEqual([
      {
        key: PREFILL_METADATA_KEY,
        value: JSON.stringify([{ path: 'text', source: 'UserProfile', value: 'SophieDDG' }]),
      },
    ]);
  });

  it('prefills each form part of a multipart instantiation without overwriting what the part gives', async () => {
    const form = new FormData();
    form.append('instance', JSON.stringify({ instanceOwner: { partyId: '501337' } }));
    form.append('model', JSON.stringify({ applicant: { lastName: 'Sendt inn' } }));
    const created = await harness.request<InstanceResponse>('POST', 'instances', await multipart(form));
    expect(created.status).toBe(201);
    const model = await modelOf(harness, created.body);
    expect(model.applicant).toMatchObject({ lastName: 'Sendt inn', street: 'Grensen', fullName: 'Sophie Salt' });
  });

  it('prefills the stateless model with the URL’s map and the register, and converts values to the schema’s types', async () => {
    const prefill = encodeURIComponent(JSON.stringify({ 'applicant.houseNumber': '12', 'Applicant.NOTE': 'x' }));
    const fresh = await harness.request<Model>('GET', `v1/data?dataType=model&prefill=${prefill}`);
    expect(fresh.status).toBe(200);
    expect(fresh.body.applicant).toMatchObject({ houseNumber: 12, note: 'x', lastName: 'Salt', userId: '1337' });
  });
});

describe('preview server: prefill configuration errors and the register file', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('reports an unknown target at start, answers 500 naming the file and key, and stores nothing', async () => {
    const appDir = serviceVariant('bad-prefill', (dir) =>
      editJson<Record<string, Record<string, string>>>(dir, 'App/models/model.prefill.json', (config) => {
        config.DSF!.LastName = 'applicant.lastNmae';
      }),
    );
    dirs.push(appDir);
    const harness = await PreviewHarness.start({ appDir });
    try {
      const diagnostic = harness.server.app().diagnostics.find((d) => d.code === 'prefill');
      expect(diagnostic).toMatchObject({
        severity: 'error',
        file: 'App/models/model.prefill.json',
        pointer: '/DSF/LastName',
      });
      expect(diagnostic?.message).toContain('did you mean "lastName"');
      const refused = await harness.request<{ detail: string }>('POST', 'instances?instanceOwnerPartyId=501337');
      expect(refused.status).toBe(500);
      expect(refused.body.detail).toContain('App/models/model.prefill.json');
      expect(refused.body.detail).toContain('DSF."LastName"');
      const active = await harness.request<unknown[]>('GET', 'instances/501337/active');
      expect(active.body).toEqual([]);
      // An organisation has no Person, so DSF is skipped and its broken mapping is never reached.
      expect((await harness.request('POST', 'instances?instanceOwnerPartyId=500000')).status).toBe(201);
    } finally {
      await harness.close();
    }
  });

  it('reads register fields from the app’s own testData.json, and overwrites with allowOverwrite', async () => {
    const appDir = serviceVariant('register', (dir) => {
      writeFileSync(
        join(dir, 'App/testData.json'),
        JSON.stringify({
          persons: [
            {
              userId: 3001,
              partyId: 53001,
              ssn: '01017012345',
              firstName: 'Kari',
              lastName: 'Testesen',
              email: 'kari@example.com',
              mobileNumber: '40000000',
              addressStreetName: 'Fjordveien',
              addressHouseNumber: '7',
              partyRoles: { '53100': [{ Type: 'altinn', value: 'DAGL' }] },
            },
          ],
          orgs: [{ partyId: 53100, orgNumber: '310000001', name: 'Kari AS', businessAddress: 'Kaia 1' }],
        }),
      );
      editJson<Record<string, unknown>>(dir, 'App/models/model.prefill.json', (config) => {
        config.allowOverwrite = true;
      });
    });
    dirs.push(appDir);
    const harness = await PreviewHarness.start({ appDir });
    try {
      harness.token = await harness.tokenFor(3001);
      const person = await harness.request<InstanceResponse>('POST', 'instances/create', {
        body: { instanceOwner: { partyId: '53001' }, prefill: { 'applicant.lastName': 'Overwritten' } },
      });
      expect(person.status).toBe(201);
      expect((await modelOf(harness, person.body)).applicant).toMatchObject({
        lastName: 'Testesen',
        street: 'Fjordveien',
        houseNumber: 7,
        email: 'kari@example.com',
        phone: '40000000',
      });
      const org = await harness.createInstance(53100);
      expect((await modelOf(harness, org)).company).toEqual({
        name: 'Kari AS',
        orgNumber: '310000001',
        address: 'Kaia 1',
      });
    } finally {
      await harness.close();
    }
  });
});

describe('skjema check: prefill configurations', () => {
  it('reports an unknown source field and target with their place, and nothing for a good configuration', async () => {
    const good = await checkSource(fileSource(SERVICE_APP), SERVICE_APP);
    expect(good.diagnostics.filter((d) => d.code === 'prefill')).toEqual([]);
    const appDir = serviceVariant('check-prefill', (dir) =>
      editJson<Record<string, Record<string, string>>>(dir, 'App/models/model.prefill.json', (config) => {
        config.ER = { OrgNumbr: 'company.orgNumber', Name: 'company.nmae' };
      }),
    );
    try {
      const report = await checkSource(fileSource(appDir), appDir);
      const found = report.diagnostics.filter((d) => d.code === 'prefill');
      expect(found.map((d) => [d.severity, d.pointer])).toEqual([
        ['error', '/ER/OrgNumbr'],
        ['error', '/ER/Name'],
      ]);
      expect(found[0]!.message).toContain('did you mean "OrgNumber"');
      expect(found[1]!.message).toContain('has no property "nmae" under "company"');
    } finally {
      rmSync(appDir, { recursive: true, force: true });
    }
  });
});
