import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({ 'actions.title': 'Hva vil du gjøre?', 'actions.description': 'Du kan sende inn nå eller senere.' }),
};

function buttons(extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    { id: 'actions', type: 'ButtonGroup', children: ['submit', 'print'], ...extra },
    { id: 'submit', type: 'Button' },
    { id: 'print', type: 'PrintButton' },
  ];
}

describe('ButtonGroup', () => {
  it('shows its buttons side by side in a named group', async () => {
    const { container } = renderForm(
      buttons({ textResourceBindings: { title: 'actions.title', description: 'actions.description' } }),
      { texts },
    );
    const group = screen.getByRole('group', { name: 'Hva vil du gjøre?' });
    expect(group).toHaveAccessibleDescription('Du kan sende inn nå eller senere.');
    expect(within(group).getAllByRole('button')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('is a plain row without a title, and its buttons still work', async () => {
    const { user, onSubmit } = renderForm(buttons(), { texts });
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
