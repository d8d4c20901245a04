import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { fileSource } from '../../src/core/node/fileSource.ts';
import { altinnSchemaChecker, EXAMPLE_APP_DIR } from '../support/altinnSchemas.ts';

describe('the bundled example app (examples/event-permit)', () => {
  it('passes the Altinn JSON Schemas in every file: layout sets, settings, pages, texts, metadata', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(fileSource(EXAMPLE_APP_DIR), {
      schemas: await altinnSchemaChecker(),
    });
    expect(diagnostics).toEqual([]);
    expect(layoutSet?.pageOrder).toEqual(['applicant', 'event', 'conditions', 'summary']);
    expect(Object.keys(layoutSet?.texts ?? {}).sort()).toEqual(['en', 'nb', 'nn']);
    expect(layoutSet?.applicationMetadata?.id).toBe('skjema/event-permit');
  });

  it('has a data model that compiles and accepts a filled-in application', async () => {
    const schema = JSON.parse(await readFile(join(EXAMPLE_APP_DIR, 'App/models/model.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const answer = {
      applicant: { type: 'person', name: 'Kari Nordmann', email: 'kari@example.no' },
      event: { name: 'Bryggejazz', category: 'concert', attendees: 300, services: 'foodSale' },
      conditions: { accepted: 'true' },
    };
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ event: { attendees: 0 } })).toBe(false);
  });

  it('has every text key it uses in all three languages', async () => {
    const { layoutSet } = await loadLayoutSet(fileSource(EXAMPLE_APP_DIR));
    const used = new Set<string>();
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'textResourceBindings' || key === 'label') && inner && typeof inner === 'object') {
            Object.values(inner).forEach((text) => typeof text === 'string' && used.add(text));
          } else if (key === 'label' && typeof inner === 'string') used.add(inner);
          else collect(inner);
        }
      }
    };
    collect(layoutSet?.layouts);
    collect(layoutSet?.options);
    expect(used.size).toBeGreaterThan(30);
    for (const language of ['nb', 'nn', 'en']) {
      const ids = new Set(layoutSet?.texts[language].map((text) => text.id));
      expect(
        [...used].filter((key) => !ids.has(key)),
        language,
      ).toEqual([]);
    }
  });
});
