import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import type { LoadedLayoutSet } from '../../src/core/index.ts';
import { fileSource } from '../../src/core/node/fileSource.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { EXAMPLE_APP_DIR } from '../support/altinnSchemas.ts';

let summaryFirst: LoadedLayoutSet;
beforeAll(async () => {
  const { layoutSet } = await loadLayoutSet(fileSource(EXAMPLE_APP_DIR));
  // The summary page (with the submit button) first, so the form can be submitted at once.
  summaryFirst = { ...layoutSet!, pageOrder: ['summary', 'applicant', 'event', 'conditions'] };
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const data = (date: string) => ({
  applicant: { type: 'person', name: 'Kari Nordmann', email: 'kari@example.org', phone: '99999999' },
  event: { name: 'Bryggejazz', category: 'concert', date, attendees: 50, description: 'Jazz' },
  conditions: { accepted: 'true' },
});

async function submit(layoutSet: LoadedLayoutSet, initialData: unknown) {
  const onSubmit = vi.fn();
  render(<SkjemaForm layoutSet={layoutSet} initialData={initialData} onSubmit={onSubmit} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Send inn søknaden' }));
  const report = await screen.findByRole('group', { name: 'Du må rette disse feilene før du kan gå videre' });
  return { onSubmit, report };
}

describe('schema validation in the rendered form, failing closed (issue 12, finding 1)', () => {
  it('under a CSP that forbids eval, a date breaking the pattern is reported and not submitted', async () => {
    // What `script-src 'self'` does to code made from strings.
    vi.stubGlobal('Function', function () {
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    });
    const layoutSet = { ...summaryFirst, dataModelSchemas: structuredClone(summaryFirst.dataModelSchemas) };
    const { onSubmit, report } = await submit(layoutSet, data('2024-01-01'));
    expect(
      within(report)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Feil format eller verdi']);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a schema that cannot be checked shows why in the error report and blocks the submit', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unreadable = {
      ...summaryFirst,
      dataModelSchemas: { model: { type: 'object', properties: { event: { $ref: '#/$defs/Missing' } } } },
    };
    const { onSubmit, report } = await submit(unreadable, data('01.06.2024'));
    expect(report.textContent).toContain(
      'Skjemaet kan ikke kontrolleres, så det kan ikke sendes inn. Kontakt tjenesteeieren (datamodell model).',
    );
    expect(onSubmit).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('"model"'), expect.any(Error));
  });
});
