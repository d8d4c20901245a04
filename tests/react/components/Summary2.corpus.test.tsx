import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

const source = fileSource(`${CORPUS_DIR}/frontend-test-v9`);

async function summaryPage(page: string) {
  const { layoutSet } = await loadLayoutSet(source, { layoutSetId: 'Task_5' });
  // Open the form on its summary page.
  return { ...layoutSet!, pageOrder: [page] };
}

describe('Summary2 of earlier tasks in frontend-test-v9', () => {
  it('summarises the tasks it is given and says which ones it was not', async () => {
    const layoutSet = await summaryPage('summary2');
    const { layoutSet: task3 } = await loadLayoutSet(source, { layoutSetId: 'Task_3' });
    render(
      <SkjemaForm
        layoutSet={layoutSet}
        taskLayoutSets={[{ layoutSet: task3!, initialData: { PrefillValuesEnabled: 'true' } }]}
      />,
    );
    for (const task of ['Task_1', 'Task_2', 'Task_4']) {
      expect(screen.getByText(`Oppsummeringen av steget «${task}» er ikke tilgjengelig her.`)).toBeInTheDocument();
    }
    expect(screen.queryByText('Oppsummeringen av steget «Task_3» er ikke tilgjengelig her.')).not.toBeInTheDocument();
    // Task_3's summary is read-only: the only change buttons belong to Task_5's own summary.
    const summaries = document.querySelectorAll('.skjema-summary');
    expect(summaries.length).toBeGreaterThanOrEqual(5);
    const task3Summary = within(summaries[2] as HTMLElement);
    expect(task3Summary.getByText('Aktiver preutfylling?')).toBeInTheDocument();
    expect(task3Summary.getByText('Ja')).toBeInTheDocument();
    expect(task3Summary.queryByRole('button')).not.toBeInTheDocument();
  });
});
