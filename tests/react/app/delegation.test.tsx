import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../../src/wire/index.ts';
import { AltinnApp } from '../../../src/react/app/AltinnApp.tsx';
import { fixtureVariant, PreviewHarness } from '../../preview/support/previewHarness.ts';

/**
 * The renderer shows what the policy and the delegations allow, against the real preview server:
 * Sophie (1337) owns an instance and delegates it to Ola (12345), who holds no role for her.
 */
describe('AltinnApp: what a delegated user sees', () => {
  let harness: PreviewHarness;
  let appDir: string;
  let ola: string;
  let instance: InstanceResponse;

  beforeAll(async () => {
    // The fixture's page with a submit button under the fields.
    appDir = fixtureVariant('delegation', (dir) => {
      const file = join(dir, 'App/ui/form/layouts/page1.json');
      const page = JSON.parse(readFileSync(file, 'utf8')) as { data: { layout: unknown[] } };
      page.data.layout.push({ id: 'submit', type: 'Button' });
      writeFileSync(file, JSON.stringify(page));
    });
    harness = await PreviewHarness.start({ appDir });
    ola = await harness.tokenFor(12345);
    instance = await harness.createInstance(501337);
  });
  afterAll(async () => {
    await harness.close();
    rmSync(appDir, { recursive: true, force: true });
  });

  const grant = async (action: string) => {
    const response = await harness.request<{ id: string }>('POST', 'skjema/delegations', {
      body: { from: { partyId: 501337 }, to: { userId: 12345 }, instanceId: instance.id, rights: [{ action }] },
    });
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const openAsOla = () =>
    render(
      <AltinnApp
        baseUrl={harness.server.url}
        org="skjema"
        app="preview-fixture"
        auth={{ kind: 'bearer', token: () => ola }}
        instanceId={instance.id}
      />,
    );

  it('shows the form read-only without submit under a read delegation, editable after write, and nothing after revoking', async () => {
    const user = userEvent.setup();
    const read = await grant('read');
    const first = openAsOla();
    const readOnlyName = await screen.findByRole('textbox', { name: /Navn/ }, { timeout: 5000 });
    expect(readOnlyName).toHaveAttribute('readonly');
    expect(screen.getByText('Du kan se dette steget, men ikke endre det.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send inn' })).toBeNull();
    first.unmount();

    const write = await grant('write');
    const second = openAsOla();
    const name = await screen.findByRole('textbox', { name: /Navn/ }, { timeout: 5000 });
    expect(name).not.toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Send inn' })).toBeInTheDocument();
    await user.type(name, 'Ola');
    await user.tab();
    await waitFor(
      async () => {
        const element = PreviewHarness.element(instance);
        const model = await harness.request<{ name?: string }>('GET', `instances/${instance.id}/data/${element.id}`);
        expect(model.body.name).toBe('Ola');
      },
      { timeout: 5000 },
    );
    second.unmount();

    for (const id of [read, write]) {
      expect((await harness.request('DELETE', `skjema/delegations/${id}`)).status).toBe(204);
    }
    openAsOla();
    expect(await screen.findByRole('heading', { name: 'Du har ikke tilgang' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Navn/ })).toBeNull();
  });
});
