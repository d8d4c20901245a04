import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { fileSource } from '../../src/core/node/fileSource.ts';
import { validateForm } from '../../src/core/validation/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { EXAMPLE_APP_DIR } from '../support/altinnSchemas.ts';
import { describeSchemaBackends, schemaOptions } from '../support/schemaBackends.ts';

const data = {
  applicant: { type: 'organisation', name: 'Kulturhuset', orgNumber: '12345', email: 'post.kulturhuset.no' },
  event: { name: 'Bryggejazz', attendees: 9000, description: 'x'.repeat(20) },
};

// The rendered form checks with the default backend; the headless side with each backend in turn.
describeSchemaBackends('headless parity', () => {
  it('validateForm in Node reports exactly the errors the rendered form lists after submit', async () => {
    const { layoutSet } = await loadLayoutSet(fileSource(EXAMPLE_APP_DIR));
    // Put the summary page (with the submit button) first, so the form can be submitted at once.
    const summaryFirst = { ...layoutSet!, pageOrder: ['summary', 'applicant', 'event', 'conditions'] };
    const headless = validateForm(summaryFirst, data, schemaOptions(summaryFirst));

    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SkjemaForm layoutSet={summaryFirst} initialData={data} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Send inn søknaden' }));
    const report = await screen.findByRole('group', { name: 'Du må rette disse feilene før du kan gå videre' });
    const shown = within(report)
      .getAllByRole('link')
      .map((link) => link.textContent);

    const headlessErrors = headless.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
    expect(shown).toEqual(headlessErrors);
    expect(headless.ok).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
    // Every source is represented, so the comparison covers them all.
    expect(new Set(headless.issues.map((issue) => issue.source))).toEqual(
      new Set(['required', 'schema', 'expression']),
    );
    expect(headless.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.nodeId)).toEqual([
      'event-attendees',
    ]);
  });
});
