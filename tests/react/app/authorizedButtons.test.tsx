import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { AuthorizedActionsProvider } from '../../../src/react/app/authorizedActions.ts';
import { mayMoveOn } from '../../../src/react/app/taskView.ts';
import { ServerActionsProvider } from '../../../src/react/context/ServerActionsContext.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import type { AppProcessState } from '../../../src/wire/index.ts';
import { formOf } from '../../../stories/support/formOf.ts';

const components: RawComponent[] = [
  { id: 'submit', type: 'Button' },
  { id: 'save', type: 'Button', mode: 'save' },
  {
    id: 'fill',
    type: 'CustomButton',
    actions: [{ type: 'ServerAction', id: 'fill' }],
    textResourceBindings: { title: 'Fyll ut' },
  },
  {
    id: 'next',
    type: 'CustomButton',
    actions: [{ type: 'ClientAction', id: 'nextPage' }],
    textResourceBindings: { title: 'Videre' },
  },
];

function renderAllowing(allowed: readonly string[], moveOn: boolean) {
  render(
    <ServerActionsProvider actions={{ onSave: async () => {}, onServerAction: async () => {} }}>
      <AuthorizedActionsProvider isAuthorized={(action) => allowed.includes(action)} mayMoveOn={moveOn}>
        <SkjemaForm layoutSet={formOf(components)} />
      </AuthorizedActionsProvider>
    </ServerActionsProvider>,
  );
}
const button = (name: string) => screen.queryByRole('button', { name });

describe('buttons offer only what the process allows', () => {
  it('hides submit, save and server actions the user may not perform; client actions stay', () => {
    renderAllowing([], false);
    expect(button('Send inn')).toBeNull();
    expect(button('Lagre')).toBeNull();
    expect(button('Fyll ut')).toBeNull();
    expect(button('Videre')).not.toBeNull();
  });

  it('shows them once the task gives write, the server action and the right to move on', () => {
    renderAllowing(['write', 'fill'], true);
    expect(button('Send inn')).not.toBeNull();
    expect(button('Lagre')).not.toBeNull();
    expect(button('Fyll ut')).not.toBeNull();
  });
});

describe('mayMoveOn', () => {
  const process = (altinnTaskType: string, actions: Record<string, boolean>, write = false): AppProcessState =>
    ({
      currentTask: { elementId: 'Task_1', altinnTaskType, write, actions, userActions: [] },
    }) as unknown as AppProcessState;

  it('asks the action the task type moves on with', () => {
    expect(mayMoveOn(process('data', {}, true))).toBe(true);
    expect(mayMoveOn(process('data', {}, false))).toBe(false);
    expect(mayMoveOn(process('confirmation', { confirm: true }))).toBe(true);
    expect(mayMoveOn(process('confirmation', {}, true))).toBe(false);
    expect(mayMoveOn(process('signing', { sign: true }))).toBe(true);
    expect(mayMoveOn(process('payment', { pay: false }, false))).toBe(false);
    expect(mayMoveOn({ ended: '2026-01-01' } as unknown as AppProcessState)).toBe(false);
  });
});
