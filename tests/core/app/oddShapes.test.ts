import { describe, expect, it } from 'vitest';
import { parseJsonFile } from '../../../src/core/app/json.ts';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { checkSource } from '../../../src/cli/check.ts';
import { ALTINN_SCHEMA_DIR } from '../../support/altinnSchemas.ts';

// Cases the fuzz run (tests/fuzz) found throwing instead of reporting.
const files = {
  'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
  'App/ui/form/Settings.json': { pages: { order: ['first'] } },
  'App/ui/form/layouts/first.json': { data: { layout: [{ id: 'name', type: 'Input' }] } },
  'App/models/model.schema.json': { type: 'object' },
};

describe('odd shapes in app files', () => {
  it('leaves out a text that is no object, with a located error', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      objectSource({
        ...files,
        'App/config/texts/resource.nb.json': { resources: [null, 'x', { id: 'a', value: 'A' }] },
      }),
    );
    expect(layoutSet?.texts.nb).toEqual([{ id: 'a', value: 'A' }]);
    expect(diagnostics.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: 'text-shape', pointer: '/resources/0' },
      { code: 'text-shape', pointer: '/resources/1' },
    ]);
  });

  it('reads the data types of metadata whose "dataTypes" is no list', async () => {
    const { layoutSet } = await loadLayoutSet(
      objectSource({ ...files, 'App/config/applicationmetadata.json': { id: 'ttd/x', dataTypes: {} } }),
    );
    expect(layoutSet?.dataModelSchemas.model).toEqual({ type: 'object' });
  });

  it('reports a process file that cannot be read in skjema check, located, instead of failing', async () => {
    const source = objectSource(files);
    const failing = {
      ...source,
      read: async (path: string) => {
        if (path === 'App/config/process/process.bpmn') {
          throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
        }
        return source.read(path);
      },
    };
    const report = await checkSource(failing, 'app', { schemaDir: ALTINN_SCHEMA_DIR });
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'file-read', file: 'App/config/process/process.bpmn' }),
    );
  });

  it('reads a large file with a comment and a trailing comma in one pass (each comma used to rescan the text)', () => {
    const items = Array.from({ length: 300_000 }, (_, index) => `{"value":${index}}`).join(',');
    const parsed = parseJsonFile(`// code list\n[${items},]`, 'App/options/big.json');
    expect(parsed.ok && (parsed.value as unknown[]).length).toBe(300_000);
  });
});
