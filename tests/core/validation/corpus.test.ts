import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { listLayoutSets, loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { validateForm } from '../../../src/core/index.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';
import { describeSchemaBackends, schemaOptions } from '../../support/schemaBackends.ts';

describeSchemaBackends('validateForm on the corpus apps', () => {
  it('validates every layout set with empty data, every issue on a known page with a message', async () => {
    let validated = 0;
    for (const app of readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const source = fileSource(`${CORPUS_DIR}/${app.name}`);
      const { layoutSets } = await listLayoutSets(source);
      for (const { id } of layoutSets) {
        const { layoutSet } = await loadLayoutSet(source, { layoutSetId: id });
        if (!layoutSet) continue;
        const { issues, taskIssues } = validateForm(layoutSet, {}, schemaOptions(layoutSet));
        // Every corpus model can be checked by every backend: none fails closed.
        expect(taskIssues, `${app.name}/${id}`).toEqual([]);
        for (const issue of issues) {
          expect(Object.keys(layoutSet.layouts), `${app.name}/${id}`).toContain(issue.page);
          expect(issue.message, `${app.name}/${id} ${issue.nodeId}`).not.toBe('');
        }
        validated++;
      }
    }
    expect(validated).toBeGreaterThan(20);
  }, 60_000);
});
