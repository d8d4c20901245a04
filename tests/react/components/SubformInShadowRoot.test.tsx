import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { standEntries, standLayoutSet, standsSubform, standTexts } from '../../../stories/support/standSubform.ts';
import { renderWithServices } from '../support/renderWithServices.tsx';

// Inside <skjema-form> the form lives in a shadow root, where document.getElementById finds nothing.
describe('Subform in a shadow root', () => {
  it('returns focus to the entry’s edit button when the entry is closed', async () => {
    const services = createInMemoryFormServices({ subformEntries: { stand: standEntries() } });
    const { user, container } = renderWithServices([standsSubform()], services, {
      texts: { nb: standTexts.nb },
      subformLayoutSets: [standLayoutSet()],
      inShadowRoot: true,
    });
    const root = container.getRootNode() as ShadowRoot;
    await user.click(await within(container).findByRole('button', { name: 'Endre Vaffelbua' }));
    // The entry's title ('stand'): jsdom may still judge the hidden main form's title visible in a shadow root.
    await waitFor(() =>
      expect(root.activeElement).toBe(
        within(container).getByRole('heading', { level: 1, name: 'stand', hidden: true }),
      ),
    );
    await user.click(within(container).getByRole('button', { name: 'Ferdig' }));
    // jsdom keeps the style it computed while the list was hidden for elements in a shadow root, so
    // the query must not judge visibility; the light-DOM test checks the list is shown again.
    const edit = await within(container).findByRole('button', { name: 'Endre Vaffelbua', hidden: true });
    await waitFor(() => expect(root.activeElement).toBe(edit));
  });
});
