import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ftsQuery } from '../../src/preview/inbox/ftsQuery.ts';
import type { IndexedApp } from '../../src/preview/inbox/searchIndex.ts';
import { defaultStatus } from '../../src/preview/instances/records.ts';
import { WorkingCopy } from '../../src/preview/instances/workingCopy.ts';
import { DATABASE_FILE, MIGRATIONS } from '../../src/preview/storage/database.ts';
import { PreviewStore, type StoredInstance } from '../../src/preview/storage/store.ts';
import type { DataElement } from '../../src/wire/dataElement.ts';

const APP: IndexedApp = { title: 'Søknad om arrangement', formDataTypes: new Set(['model']) };
const describeApp = (appId: string) => (appId === 'skjema/app' ? APP : undefined);

const folders: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skjema-inbox-index-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function addInstance(
  store: PreviewStore,
  fields: { presentationTexts?: Record<string, string>; model?: unknown; attachment?: string; lastChanged?: string },
): string {
  counter++;
  const id = `501337/00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  const at = fields.lastChanged ?? `2026-01-01T00:00:${String(counter % 60).padStart(2, '0')}Z`;
  const instance: StoredInstance = {
    id,
    appId: 'skjema/app',
    org: 'skjema',
    instanceOwner: { partyId: '501337' },
    process: null,
    status: defaultStatus(),
    presentationTexts: fields.presentationTexts ?? null,
    created: at,
    lastChanged: at,
  };
  const work = WorkingCopy.create(store, instance);
  const element = (dataType: string, elementId: string): DataElement => ({
    id: elementId,
    instanceGuid: id.split('/')[1]!,
    dataType,
    contentType: dataType === 'model' ? 'application/xml' : 'text/plain',
    size: 0,
    locked: false,
    lastChanged: at,
  });
  if (fields.model !== undefined)
    work.addElement(element('model', `${counter}-model`), Buffer.from(JSON.stringify(fields.model)));
  if (fields.attachment !== undefined)
    work.addElement(element('attachments', `${counter}-file`), Buffer.from(fields.attachment));
  work.commit();
  return id;
}

function search(store: PreviewStore, text: string) {
  return store.searchIndex
    .search({
      appId: 'skjema/app',
      partyId: 501337,
      view: 'all',
      locations: ['none'],
      match: ftsQuery(text),
      offset: 0,
      limit: 50,
    })
    .hits.map((hit) => hit.instanceId);
}

describe('inbox search index', () => {
  it('finds instances by their presentation texts and by the strings of their form data, not by files', () => {
    const store = new PreviewStore(dataDir(), { describeApp });
    const titled = addInstance(store, { presentationTexts: { event: 'Sommerfest på Bryggen' }, model: {} });
    const nested = addInstance(store, {
      model: { applicant: { name: 'Ingrid' }, rows: [{ altinnRowId: 'rowid-abc', note: 'Lydanlegg' }], count: 42 },
      attachment: 'Vedlegg med ordet hemmelig',
    });
    expect(search(store, 'sommerfest')).toEqual([titled]);
    expect(search(store, 'lydanlegg')).toEqual([nested]);
    expect(search(store, 'ingrid')).toEqual([nested]);
    expect(search(store, 'hemmelig')).toEqual([]);
    expect(search(store, '42')).toEqual([]);
    expect(search(store, 'rowid')).toEqual([]);
    // The app title is part of every instance's title; accents are folded (å as a), letters as ø are kept.
    expect(search(store, 'søknad').sort()).toEqual([titled, nested].sort());
    expect(search(store, 'sommerfest pa')).toEqual([titled]);
    store.close();
  });

  it('ranks a hit in the title above a hit in the data', () => {
    const store = new PreviewStore(dataDir(), { describeApp });
    const inTitle = addInstance(store, {
      presentationTexts: { place: 'Trondheim' },
      lastChanged: '2026-01-01T00:00:00Z',
    });
    const inData = addInstance(store, { model: { place: 'Trondheim' }, lastChanged: '2026-02-01T00:00:00Z' });
    expect(search(store, 'trondheim')).toEqual([inTitle, inData]);
    store.close();
  });

  it('indexes what a data folder from before the inbox holds when it is opened', () => {
    const dir = dataDir();
    const first = new PreviewStore(dir, { describeApp });
    const id = addInstance(first, { model: { name: 'Eldre instans' } });
    first.close();
    // Make the folder look as one written before the inbox's migration.
    const db = new Database(join(dir, DATABASE_FILE));
    // The inbox's migration is the last one run again; tables of later migrations would have to go too.
    const inboxMigration = MIGRATIONS.findIndex((migration) => migration.includes('CREATE TABLE inbox_entries'));
    expect(inboxMigration).toBe(MIGRATIONS.length - 1);
    db.exec(`DROP TABLE inbox_search; DROP TABLE inbox_entries; UPDATE schema_version SET version = ${inboxMigration}`);
    db.close();

    const reopened = new PreviewStore(dir, { describeApp });
    expect(search(reopened, 'eldre')).toEqual([id]);
    reopened.close();
  });

  it('removes the index rows with a hard-deleted instance', () => {
    const dir = dataDir();
    const store = new PreviewStore(dir, { describeApp });
    const id = addInstance(store, { model: { name: 'Borte' } });
    store.transaction(() => store.deleteInstance(id));
    store.close();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('inbox_entries'), count('inbox_search')]).toEqual([0, 0]);
    db.close();
  });
});

describe('ftsQuery', () => {
  it('quotes every word, makes the last a prefix, and drops what is not a word', () => {
    expect(ftsQuery('Kari  Nord')).toBe('"Kari" "Nord"*');
    expect(ftsQuery('"; DROP TABLE x; -- OR NEAR(a b)')).toBe('"DROP" "TABLE" "x" "OR" "NEAR" "a" "b"*');
    expect(ftsQuery('  *^:() ')).toBeUndefined();
    expect(ftsQuery('ola.nordmann@example.no')).toBe('"ola" "nordmann" "example" "no"*');
  });
});
