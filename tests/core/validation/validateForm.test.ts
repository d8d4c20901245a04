import { expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { createFormEngine, validateForm, type LoadedLayoutSet } from '../../../src/core/index.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { createFormValidator } from '../../../src/core/validation/index.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';
import { input, layoutSet } from './helpers.ts';
import { describeSchemaBackends, schemaOptions } from '../../support/schemaBackends.ts';

async function corpusApp(): Promise<LoadedLayoutSet> {
  const { layoutSet: set } = await loadLayoutSet(fileSource(`${CORPUS_DIR}/expression-validation-test`));
  if (!set) throw new Error('expression-validation-test did not load');
  return set;
}

const data = {
  root: {
    alder: 16,
    epost: 'ola@example.com',
    telefonnummer: '41234567',
    arbeidserfaring: [
      {
        altinnRowId: 'a',
        fra: '2020-05-01',
        til: '2019-01-01',
        beskrivelse: 'flink',
        prosjekter: [{ altinnRowId: 'p', tittel: 'X', beskrivelse: 'kult' }],
      },
    ],
  },
};

describeSchemaBackends('validateForm (headless)', () => {
  it('returns the issues of the corpus app with node, page, severity, source and message', async () => {
    const set = await corpusApp();
    const result = validateForm(set, data, schemaOptions(set));
    const summary = result.issues.map(
      (issue) => `${issue.nodeId}|${issue.page}|${issue.severity}|${issue.source}|${issue.message}`,
    );
    expect(summary).toContain(
      'alder|CV|warning|expression|Kandidater under 18 år må ha foresattes skriftlige samtykke',
    );
    expect(summary).toContain("e-post|CV|error|expression|E-post må slutte med '@altinn.no'");
    expect(summary).toContain('erfaring-beskrivelse-0|CV|error|expression|Beskrivelse kan ikke være flink');
    expect(summary).toContain('prosjekt-beskrivelse-0-0|CV|error|expression|Beskrivelse kan ikke være kult');
    expect(summary.some((line) => line.startsWith('dato-fra-0|CV|error|expression|'))).toBe(true);
    expect(result.ok).toBe(false);
    const email = result.issues.find((issue) => issue.nodeId === 'e-post')!;
    expect(email).toMatchObject({
      baseId: 'e-post',
      bindingKey: 'simpleBinding',
      dataType: set.dataType,
      field: 'root.epost',
      category: 4,
    });
  });

  it('is the list a running form shows after submit', async () => {
    const set = await corpusApp();
    const engine = createFormEngine({ layoutSet: set, initialData: data });
    const validator = createFormValidator(engine, schemaOptions(set));
    validator.validateAll();
    const browser = validator.visibleIssues().map((issue) => ({ ...issue, message: validator.message(issue) }));
    expect(validateForm(set, data, schemaOptions(set)).issues).toEqual(browser);
  });

  it('resolves messages in the requested language and reports task-level backend issues', () => {
    const set = layoutSet({ one: [input('name', 'name', { required: true, textResourceBindings: {} })] });
    const result = validateForm(
      set,
      {},
      {
        language: 'en',
        backendIssues: [{ severity: 1, source: 'Task', code: 'Closed', description: 'The task is closed' }],
      },
    );
    expect(result.issues.map((issue) => issue.message)).toEqual(['You must fill in this field']);
    expect(result.taskIssues.map((issue) => issue.message)).toEqual(['The task is closed']);
    expect(validateForm(set, { name: 'Kari' }).ok).toBe(true);
  });
});
