import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AltinnApp } from '../../../src/react/app/AltinnApp.tsx';
import type { AltinnAppEvent } from '../../../src/react/app/useInstanceState.ts';
import type { InstanceResponse } from '../../../src/wire/index.ts';
import { PreviewHarness } from '../../preview/support/previewHarness.ts';
import { SERVICE_APP } from '../../preview/support/serviceFixture.ts';

/** `<AltinnApp>` against skjema preview over the service fixture: prefill notes and a new copy from the receipt. */
describe('AltinnApp: prefilled fields and copies, against skjema preview', () => {
  let harness: PreviewHarness;
  beforeEach(async () => {
    harness = await PreviewHarness.start({ appDir: SERVICE_APP });
  });
  afterEach(async () => {
    await harness.close();
  });

  const app = (instanceId?: string, onEvent?: (event: AltinnAppEvent) => void) => (
    <AltinnApp
      baseUrl={harness.server.url}
      org="skjema"
      app="service-fixture"
      auth={{ kind: 'bearer', token: () => harness.token }}
      instanceId={instanceId}
      onEvent={onEvent}
    />
  );

  it('shows where prefilled values came from, keeps read-only fields read-only, and drops the note once the user edits', async () => {
    const user = userEvent.setup();
    render(app());
    const lastName = await screen.findByRole('textbox', { name: 'Etternavn' }, { timeout: 5000 });
    expect(lastName).toHaveValue('Salt');
    expect(lastName).toHaveAttribute('readonly');
    expect(lastName).toHaveAccessibleDescription('Hentet fra Folkeregisteret');
    const phone = screen.getByRole('textbox', { name: 'Telefon' });
    expect(phone).toHaveValue('98765432');
    expect(phone).toHaveAccessibleDescription('Hentet fra profilen din');
    // Sophie has no e-mail address in the profile: nothing was filled, so nothing is said.
    expect(screen.getByRole('textbox', { name: 'E-post' })).not.toHaveAccessibleDescription();
    await user.type(phone, '0');
    expect(phone).not.toHaveAccessibleDescription();
  });

  it('offers a new copy on the receipt and opens the copy with the submitted data', async () => {
    const user = userEvent.setup();
    const source = await harness.createInstance();
    const element = PreviewHarness.element(source);
    await harness.request('PATCH', `instances/${source.id}/data/${element.id}`, {
      body: { patch: [{ op: 'add', path: '/applicant/note', value: 'Samme som i fjor' }] },
    });
    expect((await harness.request('PUT', `instances/${source.id}/process/next`)).status).toBe(200);

    const events: AltinnAppEvent[] = [];
    render(app(source.id, (event) => events.push(event)));
    await screen.findByRole('heading', { level: 1, name: 'Skjemaet er sendt inn' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Lag en ny kopi' }));
    const note = await screen.findByRole('textbox', { name: 'Kommentar' }, { timeout: 5000 });
    expect(note).toHaveValue('Samme som i fjor');
    const created = events.find((event) => event.type === 'instanceCreated');
    if (created?.type !== 'instanceCreated') throw new Error('no instanceCreated event');
    expect(created.instance.id).not.toBe(source.id);
    await waitFor(async () => {
      const stored = await harness.request<InstanceResponse>('GET', `instances/${created.instance.id}`);
      expect(stored.body.status?.isArchived).toBe(false);
    });
  });
});
