import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../../src/wire/index.ts';
import { AltinnApp } from '../../../src/react/app/AltinnApp.tsx';
import type { AltinnAppEvent } from '../../../src/react/app/useInstanceState.ts';
import { PreviewHarness } from '../../preview/support/previewHarness.ts';

/**
 * `<AltinnApp>` from an address and a token against the real preview server: the real client, the
 * real connected layer and the real backend, so what the scripted tests assume is checked once
 * against the running thing.
 */
describe('AltinnApp against skjema preview', () => {
  let harness: PreviewHarness;
  beforeEach(async () => {
    harness = await PreviewHarness.start();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('creates an instance, saves what the user types to the backend, and shows it again when reopened', async () => {
    const user = userEvent.setup();
    const events: AltinnAppEvent[] = [];
    const app = (instanceId?: string) => (
      <AltinnApp
        baseUrl={harness.server.url}
        org="skjema"
        app="preview-fixture"
        auth={{ kind: 'bearer', token: () => harness.token }}
        instanceId={instanceId}
        onEvent={(event) => events.push(event)}
      />
    );
    const first = render(app());
    const name = await screen.findByRole('textbox', { name: /Navn/ }, { timeout: 5000 });
    await user.type(name, 'Kari');
    await user.tab();

    const created = events.find((event) => event.type === 'instanceCreated');
    if (created?.type !== 'instanceCreated') throw new Error('no instanceCreated event');
    const instanceId = created.instance.id;
    await waitFor(
      async () => {
        const stored = await harness.request<InstanceResponse>('GET', `instances/${instanceId}`);
        const element = stored.body.data.find((data) => data.dataType === 'model');
        const model = await harness.request<{ name?: string }>('GET', `instances/${instanceId}/data/${element?.id}`);
        expect(model.body.name).toBe('Kari');
      },
      { timeout: 5000 },
    );
    expect(events.some((event) => event.type === 'dataSaved')).toBe(true);
    first.unmount();

    render(app(instanceId));
    expect(await screen.findByRole('textbox', { name: /Navn/ }, { timeout: 5000 })).toHaveValue('Kari');
  });

  it('confirms a confirmation task with a summary of the data, then shows the receipt of the ended process', async () => {
    const user = userEvent.setup();
    const created = await harness.createInstance();
    const element = PreviewHarness.element(created);
    const patched = await harness.request('PATCH', `instances/${created.id}/data`, {
      body: { patches: [{ dataElementId: element.id, patch: [{ op: 'add', path: '/name', value: 'Kari' }] }] },
    });
    expect(patched.status).toBe(200);
    expect((await harness.request('PUT', `instances/${created.id}/process/next`)).status).toBe(200);

    render(
      <AltinnApp
        baseUrl={harness.server.url}
        org="skjema"
        app="preview-fixture"
        auth={{ kind: 'bearer', token: () => harness.token }}
        instanceId={created.id}
      />,
    );
    await screen.findByRole('heading', { level: 1, name: 'Se over og send inn' }, { timeout: 5000 });
    expect(await screen.findByText('Kari', undefined, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    await screen.findByRole('heading', { level: 1, name: 'Skjemaet er sendt inn' }, { timeout: 5000 });
    const process = await harness.request<{ ended?: string }>('GET', `instances/${created.id}/process`);
    expect(process.body.ended).toBeTruthy();
  });
});
