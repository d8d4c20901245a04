import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import type { LoadedLayoutSet } from '../../../src/core/index.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { createFormSession } from '../../../src/core/session/index.ts';
import { validateForm } from '../../../src/core/validation/index.ts';
import { ajvSchemaBackend } from '../../../src/core/validation/schema/ajvBackend.ts';
import type { PrecompiledModelValidators, SchemaBackend } from '../../../src/core/validation/index.ts';
import { EXAMPLE_APP_DIR } from '../../support/altinnSchemas.ts';
import { precompiled } from '../../support/schemaBackends.ts';

let example: LoadedLayoutSet;
beforeAll(async () => {
  example = (await loadLayoutSet(fileSource(EXAMPLE_APP_DIR))).layoutSet!;
});

/** The example with a schema object of its own, so no validator built by another test is reused. */
const freshExample = (): LoadedLayoutSet => ({
  ...example,
  dataModelSchemas: structuredClone(example.dataModelSchemas),
});

/** Everything valid but the date, which breaks the schema's `dd.mm.yyyy` pattern. */
const data = {
  applicant: { type: 'person', name: 'Kari Nordmann', email: 'kari@example.org', phone: '99999999' },
  event: { name: 'Bryggejazz', category: 'concert', date: '2024-01-01', attendees: 50, description: 'Jazz' },
  conditions: { accepted: 'true' },
};

/** A browser under `Content-Security-Policy: script-src 'self'`: code may not be made from strings. */
function forbidEval(): void {
  const refuse = function () {
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  };
  vi.stubGlobal('Function', refuse);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const unchecked = (session: ReturnType<typeof createFormSession>) =>
  session.validator.taskIssues().map((issue) => session.validator.message(issue));

describe('schema validation under a CSP that forbids eval (issue 12, finding 1)', () => {
  it('still finds the broken date pattern with the default backend, and the submit is refused', () => {
    forbidEval();
    const onSubmit = vi.fn();
    const session = createFormSession({ layoutSet: freshExample(), initialData: data, onSubmit });
    const attempt = session.submit();
    vi.unstubAllGlobals();
    expect(attempt.ok).toBe(false);
    expect(attempt.blocking.map((issue) => [issue.field, issue.textKey])).toEqual([
      ['event.date', 'validation_errors.pattern'],
    ]);
    expect(unchecked(session)).toEqual([]);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits once the date is fixed', () => {
    forbidEval();
    const onSubmit = vi.fn();
    const fixed = { ...data, event: { ...data.event, date: '01.06.2024' } };
    const session = createFormSession({ layoutSet: freshExample(), initialData: fixed, onSubmit });
    const attempt = session.submit();
    vi.unstubAllGlobals();
    expect(attempt.blocking).toEqual([]);
    expect(attempt.ok).toBe(true);
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('refuses to submit, says why and logs once when the chosen backend cannot be built', () => {
    forbidEval();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onSubmit = vi.fn();
    const fixed = { ...data, event: { ...data.event, date: '01.06.2024' } };
    const session = createFormSession({
      layoutSet: freshExample(),
      initialData: fixed,
      onSubmit,
      schemaBackend: ajvSchemaBackend,
    });
    const first = session.submit();
    const second = session.submit();
    vi.unstubAllGlobals();
    for (const attempt of [first, second]) expect(attempt.ok).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(unchecked(session)).toEqual([
      'Skjemaet kan ikke kontrolleres, så det kan ikke sendes inn. Kontakt tjenesteeieren (datamodell model).',
    ]);
    expect(session.validator.taskIssues()[0]).toMatchObject({ severity: 'error', source: 'schema', dataType: 'model' });
    expect(logged).toHaveBeenCalledOnce();
    expect(logged.mock.calls[0][0]).toContain('"model"');
    expect(logged.mock.calls[0][1]).toBeInstanceOf(EvalError);
  });
});

describe('a model that cannot be checked fails closed', () => {
  const fixed = { ...data, event: { ...data.event, date: '01.06.2024' } };
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('with precompiled validators: a broken module, a missing whole-model validator, one that throws', () => {
    quiet();
    const throwing = precompiled('model', structuredClone(example.dataModelSchemas.model) as Record<string, unknown>)!;
    const broken: PrecompiledModelValidators[] = [
      undefined as unknown as PrecompiledModelValidators,
      { '/properties/event': throwing['/properties/event'] },
      {
        '': () => {
          throw new TypeError('broken module');
        },
      },
    ];
    for (const validators of broken) {
      const result = validateForm(freshExample(), fixed, { precompiledValidators: { model: validators } });
      expect(result.ok).toBe(false);
      expect(result.taskIssues.map((issue) => issue.textKey)).toEqual(['validation_errors.schema_unavailable']);
    }
    // The same module, whole, checks and passes.
    expect(validateForm(freshExample(), fixed, { precompiledValidators: { model: throwing } }).ok).toBe(true);
  });

  it('with a schema no backend can read, in every language', () => {
    quiet();
    const unreadable = {
      ...example,
      dataModelSchemas: { model: { type: 'object', properties: { a: { $ref: '#/$defs/Missing' } } } },
    };
    const backends: (SchemaBackend | undefined)[] = [undefined, ajvSchemaBackend];
    for (const schemaBackend of backends) {
      const messages = ['nb', 'nn', 'en'].map(
        (language) => validateForm(unreadable, fixed, { schemaBackend, language }).taskIssues[0]?.message,
      );
      expect(messages).toEqual([
        'Skjemaet kan ikke kontrolleres, så det kan ikke sendes inn. Kontakt tjenesteeieren (datamodell model).',
        'Skjemaet kan ikkje kontrollerast, så det kan ikkje sendast inn. Kontakt tenesteeigaren (datamodell model).',
        'The form cannot be checked, so it cannot be submitted. Contact the service owner (data model model).',
      ]);
    }
  });
});
