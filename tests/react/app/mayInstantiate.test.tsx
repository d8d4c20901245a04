import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AltinnApp } from '../../../src/react/app/AltinnApp.tsx';
import { ola, scriptedApp } from '../../../stories/app/scriptedApp.ts';

const entry = {
  kind: 'select-instance' as const,
  party: ola,
  instances: [{ id: '501/aaaa', lastChanged: '2026-12-01T10:00:00Z', lastChangedBy: 'Ola Nordmann' }],
};

describe('AltinnApp: a new instance only where the user may instantiate', () => {
  it('leaves out "Start på nytt" when the host says the user may not instantiate for the party', async () => {
    const asked: number[] = [];
    const { app } = scriptedApp({ entry });
    render(
      <AltinnApp
        connectedApp={app}
        language="nb"
        mayInstantiate={async (partyId) => {
          asked.push(partyId);
          return false;
        }}
      />,
    );
    await screen.findByRole('button', { name: /^Fortsett her/ });
    expect(asked).toEqual([ola.partyId]);
    expect(screen.queryByRole('button', { name: 'Start på nytt' })).toBeNull();
  });

  it('offers it when the host says yes, and when asking fails (the backend decides)', async () => {
    const yes = render(
      <AltinnApp connectedApp={scriptedApp({ entry }).app} language="nb" mayInstantiate={() => true} />,
    );
    expect(await screen.findByRole('button', { name: 'Start på nytt' })).toBeInTheDocument();
    yes.unmount();
    render(
      <AltinnApp
        connectedApp={scriptedApp({ entry }).app}
        language="nb"
        mayInstantiate={() => Promise.reject(new Error('offline'))}
      />,
    );
    expect(await screen.findByRole('button', { name: 'Start på nytt' })).toBeInTheDocument();
  });
});
