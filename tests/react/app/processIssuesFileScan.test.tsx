import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppTextsProvider } from '../../../src/react/app/AppTexts.ts';
import { ProcessIssues } from '../../../src/react/app/ProcessIssues.tsx';
import type { BackendValidationIssue } from '../../../src/core/validation/index.ts';

const source = 'Altinn.App.Core.Features.Validation.Default.DefaultDataElementValidator-*';

function scanIssue(code: string): BackendValidationIssue {
  return { severity: 1, source, code, field: 'attachments', dataElementId: 'e1', description: code };
}

describe('ProcessIssues: the virus scan codes a backend refuses process/next with', () => {
  it("shows the page's own texts for an infected and a pending file, in the user's language, and an app may override them", () => {
    const issues = [scanIssue('DataElementFileInfected'), scanIssue('DataElementFileScanPending')];
    const { rerender } = render(
      <AppTextsProvider language="nn">
        <ProcessIssues issues={issues} />
      </AppTextsProvider>,
    );
    expect(screen.getByText('Eit vedlegg inneheld virus. Slett det før du sender inn.')).toBeInTheDocument();
    expect(screen.getByText(/^Vedlegga blir sjekka for virus\./)).toBeInTheDocument();
    expect(screen.queryByText('DataElementFileInfected')).toBeNull();

    const appTexts = {
      en: [{ id: 'general.wait_for_attachments_infected', value: 'Remove the infected file first.' }],
    };
    rerender(
      <AppTextsProvider language="en" appTexts={appTexts}>
        <ProcessIssues issues={issues} />
      </AppTextsProvider>,
    );
    expect(screen.getByText('Remove the infected file first.')).toBeInTheDocument();
    expect(screen.getByText(/^The attachments are being checked for viruses\./)).toBeInTheDocument();
  });
});
