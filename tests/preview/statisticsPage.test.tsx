import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormAnalyticsEvent } from '../../src/core/index.ts';
import type { PreviewStatistics } from '../../src/preview/analytics/statistics.ts';
import type { PreviewPageConfig } from '../../src/preview-page/config.ts';
import { StatisticsPage } from '../../src/preview-page/StatisticsPage.tsx';
import { expectNoAxeViolations } from '../react/support/renderForm.tsx';
import { EXAMPLE_APP, PreviewHarness } from './support/previewHarness.ts';

const config: PreviewPageConfig = { org: 'skjema', app: 'event-permit', modelDataTypes: [], testUsers: [] };

/** The statistics page against the real preview server, fed by the events a form would send. */
describe('the statistics page', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: EXAMPLE_APP });
    await harness.createInstance();
    const events: FormAnalyticsEvent[] = [
      { type: 'pageViewed', page: 'applicant', taskId: 'Task_1' },
      { type: 'timeOnPage', page: 'applicant', taskId: 'Task_1', durationMs: 2500 },
      {
        type: 'validationShown',
        page: 'applicant',
        taskId: 'Task_1',
        messages: [{ textKey: 'form_filler.error_required', componentId: 'nope', severity: 'error', count: 1 }],
        counts: { error: 1, warning: 0, info: 0, success: 0 },
      },
      { type: 'saveCompleted', taskId: 'Task_1', durationMs: 40, ok: true, dataTypes: ['model'] },
      { type: 'submitted', page: 'applicant', taskId: 'Task_1' },
    ];
    const posted = await harness.request('POST', 'skjema/analytics', { body: { events } });
    expect(posted.status).toBe(204);
  });
  afterAll(() => harness.close());

  const fromServer = async (language: string) => {
    const response = await harness.request<PreviewStatistics>('GET', `skjema/statistics?language=${language}`);
    if (response.status !== 200) throw new Error(`${response.status}`);
    return response.body;
  };

  it('shows instances per step, time per page, the messages met and the saves, in tables a screen reader can name', async () => {
    const { container } = render(<StatisticsPage config={config} language="nb" load={fromServer} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Statistikk' })).toBeInTheDocument();
    const instances = await screen.findByRole('table', { name: 'Instanser per steg' });
    expect(within(instances).getByRole('row', { name: /Utfylling/ })).toHaveTextContent('1');
    const pages = screen.getByRole('table', { name: 'Tid per side' });
    expect(within(pages).getByRole('row', { name: /Utfylling/ })).toHaveTextContent('2.5 s');
    const messages = screen.getByRole('table', { name: /Valideringsmeldinger/ });
    expect(within(messages).getByRole('row', { name: /Feil/ })).toHaveTextContent('1');
    const saves = screen.getByRole('table', { name: 'Lagring' });
    expect(within(saves).getByRole('row', { name: /Sendt inn/ })).toHaveTextContent('1');
    expect(within(saves).getByRole('row', { name: /Lagringer målt i nettleseren/ })).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: 'Tilbake til skjemaet' })).toHaveAttribute('href', '/');
    await expectNoAxeViolations(container);
  });

  it('speaks the language it is given', async () => {
    render(<StatisticsPage config={config} language="en" load={fromServer} />);
    expect(await screen.findByRole('table', { name: 'Instances per task' })).toBeInTheDocument();
  });

  it('says why when the figures cannot be fetched, and shows no half-empty tables', async () => {
    const { container } = render(
      <StatisticsPage
        config={config}
        language="nb"
        load={() => Promise.reject(new Error('503 Service Unavailable'))}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Statistikken kunne ikke hentes: 503 Service Unavailable',
    );
    expect(screen.queryByRole('table')).toBeNull();
    await expectNoAxeViolations(container);
  });
});
