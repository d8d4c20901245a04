import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'tab.person': 'Person',
    'tab.company': 'Virksomhet',
    'name.title': 'Navn',
    'org.title': 'Organisasjonsnummer',
  }),
};

function tabs(extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    {
      id: 'who',
      type: 'Tabs',
      tabs: [
        { id: 'person', title: 'tab.person', children: ['name'] },
        { id: 'company', title: 'tab.company', children: ['org'] },
      ],
      ...extra,
    },
    {
      id: 'name',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'name' },
      textResourceBindings: { title: 'name.title' },
    },
    {
      id: 'org',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'org' },
      textResourceBindings: { title: 'org.title' },
    },
  ];
}

describe('Tabs', () => {
  it('shows one tab per entry and the first tab’s components', async () => {
    const { container } = renderForm(tabs(), { texts });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Person', 'Virksomhet']);
    expect(screen.getByRole('tab', { name: 'Person' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Organisasjonsnummer' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('switches tab on click and keeps what was typed', async () => {
    const { user, submitted } = renderForm(tabs(), { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await user.click(screen.getByRole('tab', { name: 'Virksomhet' }));
    expect(screen.getByRole('tab', { name: 'Virksomhet' })).toHaveAttribute('aria-selected', 'true');
    await user.type(screen.getByRole('textbox', { name: 'Organisasjonsnummer' }), '123');
    expect(await submitted()).toEqual({ name: 'Kari', org: '123' });
  });

  it('opens defaultTab first', () => {
    renderForm(tabs({ defaultTab: 'company', size: 'small' }), { texts });
    expect(screen.getByRole('tab', { name: 'Virksomhet' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: 'Organisasjonsnummer' })).toBeInTheDocument();
  });

  it('leaves out a tab whose children are all hidden, and brings it back when one shows', async () => {
    const layout = tabs({ defaultTab: 'company' });
    layout[2] = { ...layout[2]!, hidden: ['equals', ['dataModel', 'name'], 'skjul'] };
    const { user } = renderForm(layout, { texts });
    await user.click(screen.getByRole('tab', { name: 'Person' }));
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'skjul');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Person']);
    await user.clear(screen.getByRole('textbox', { name: 'Navn' }));
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Person', 'Virksomhet']);
  });

  it('opens the first shown tab when defaultTab has only hidden children', () => {
    const layout = tabs({ defaultTab: 'company' });
    layout[2] = { ...layout[2]!, hidden: true };
    renderForm(layout, { texts });
    expect(screen.getAllByRole('tab')).toHaveLength(1);
    expect(screen.getByRole('tab', { name: 'Person' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBeInTheDocument();
  });
});
